package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client's picture over the API: a PNG is stored shrunk to 256 px keeping its proportions (read back and
 * measured), anything but JPEG/PNG/WebP by content or beyond 2 MB is refused naming the field, and another
 * company's client is a 404.
 */
@ExtendWith(DeployedClientela.class)
class ClientAvatarIT {

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void aPngIsStoredShrunkTo256PixelsKeepingItsProportions() throws IOException {
        long id = ClientData.person(PETHOTEL_STAFF, "Foto " + ClientData.uniqueWord()).id();

        Api.Reply uploaded = staff.put(avatar(id), "image/png", image(1000, 500, "png"));

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(uploaded.json().getInt("width")).isEqualTo(256);
        assertThat(uploaded.json().getInt("height")).isEqualTo(128);
        HttpResponse<byte[]> stored = getBytes(PETHOTEL_STAFF, avatar(id));
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.headers().firstValue("Content-Type").orElse("")).matches("image/(png|jpeg)");
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(stored.body()));
        assertThat(read.getWidth()).isEqualTo(256);
        assertThat(read.getHeight()).isEqualTo(128);
        assertThat(staff.get("/api/v1/clients/" + id + "/history").body()).contains("\"field\":\"avatar\"");
    }

    @Test
    void aJpegSentAsOctetStreamIsRecognisedByItsContent() throws IOException {
        long id = ClientData.person(PETHOTEL_STAFF, "Jpeg " + ClientData.uniqueWord()).id();

        Api.Reply uploaded = staff.put(avatar(id), "application/octet-stream", image(300, 600, "jpeg"));

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(uploaded.json().getInt("width")).isEqualTo(128);
        assertThat(uploaded.json().getInt("height")).isEqualTo(256);
    }

    @Test
    void gifAndTextAreRefusedByContentAndNothingIsStored() throws IOException {
        long id = ClientData.person(PETHOTEL_STAFF, "Gif " + ClientData.uniqueWord()).id();

        Api.Reply gif = staff.put(avatar(id), "image/png", image(20, 20, "gif"));
        Api.Reply text = staff.put(avatar(id), "image/jpeg", "isto não é uma foto".getBytes(StandardCharsets.UTF_8));

        for (Api.Reply refused : new Api.Reply[] {gif, text}) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("avatar");
            assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                    .isEqualTo("A foto do cliente deve ser uma imagem JPEG, PNG ou WebP.");
        }
        assertThat(getBytes(PETHOTEL_STAFF, avatar(id)).statusCode()).isEqualTo(404);
    }

    @Test
    void moreThanTwoMegabytesIsRefused() throws IOException {
        long id = ClientData.person(PETHOTEL_STAFF, "Grande " + ClientData.uniqueWord()).id();
        byte[] png = image(64, 64, "png");
        byte[] big = new byte[2 * 1024 * 1024 + 10];
        ThreadLocalRandom.current().nextBytes(big);
        System.arraycopy(png, 0, big, 0, png.length);

        Api.Reply refused = staff.put(avatar(id), "image/png", big);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("avatar");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("A foto do cliente deve ter no máximo 2 MB.");
        assertThat(getBytes(PETHOTEL_STAFF, avatar(id)).statusCode()).isEqualTo(404);
    }

    @Test
    void aWebpIsAccepted() {
        long id = ClientData.person(PETHOTEL_STAFF, "Webp " + ClientData.uniqueWord()).id();
        byte[] webp = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

        Api.Reply uploaded = staff.put(avatar(id), "image/webp", webp);

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(uploaded.json().getInt("width")).isEqualTo(1);
    }

    @Test
    void theAvatarIsRemoved() throws IOException {
        long id = ClientData.person(PETHOTEL_STAFF, "Sem foto " + ClientData.uniqueWord()).id();
        assertThat(staff.put(avatar(id), "image/png", image(50, 50, "png")).status()).isEqualTo(200);

        assertThat(staff.delete(avatar(id)).status()).isEqualTo(204);

        assertThat(getBytes(PETHOTEL_STAFF, avatar(id)).statusCode()).isEqualTo(404);
    }

    @Test
    void anotherCompanysClientIsNotFoundAndKeepsItsAvatar() throws IOException {
        long id = ClientData.person(PETHOTEL_STAFF, "Alheio " + ClientData.uniqueWord()).id();
        byte[] original = image(40, 40, "png");
        assertThat(staff.put(avatar(id), "image/png", original).status()).isEqualTo(200);
        byte[] stored = getBytes(PETHOTEL_STAFF, avatar(id)).body();
        Api other = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);

        Api.Reply replace = other.put(avatar(id), "image/png", image(80, 80, "png"));
        HttpResponse<byte[]> read = getBytes(CLINICA_ADMIN, avatar(id));
        Api.Reply remove = other.delete(avatar(id));

        assertThat(replace.status()).isEqualTo(404);
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(remove.status()).isEqualTo(404);
        assertThat(getBytes(PETHOTEL_STAFF, avatar(id)).body()).isEqualTo(stored);
    }

    private static String avatar(long id) {
        return "/api/v1/clients/" + id + "/avatar";
    }

    private static byte[] image(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.CYAN);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The raw answer of a GET (the shared client reads text; an image needs its bytes). */
    private static HttpResponse<byte[]> getBytes(String email, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(DeployedClientela.baseUrl() + path))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((email + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
