package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.Problems;
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
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pictures that attack: a 36-byte WebP declaring 7000 × 7000 (it kept a request thread busy for minutes with the
 * heap nearly full), a PNG declaring 15000 × 15000, a JPEG that is also an HTML page. Each is refused by its
 * declared size before decoding, or stored re-encoded — never the uploaded bytes — and served with nosniff.
 * The logo tests run on the company of the one-time setup ("studio-teste").
 */
@ExtendWith(DeployedClientela.class)
class HostileImagesIT {

    private static final String TOO_LARGE = "A imagem é grande demais: no máximo 10.000 pixels por lado e 40 megapixels.";

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);
    private final Api owner = Api.as("dona@studio-teste.com.br", "PrimeiroAcesso2026");

    @Test
    void aWebpBombAsAvatarIsRefusedOnTheAvatarFieldAndNothingIsStored() throws IOException {
        long id = ClientData.person(PETHOTEL_STAFF, "Bomba " + ClientData.uniqueWord()).id();
        byte[] bomb = ImageBombs.losslessWebp(7000, 7000);

        Api.Reply refused = staff.put(avatar(id), "image/webp", bomb);

        assertThat(bomb).hasSize(36);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(Problems.errors(refused)).containsEntry("avatar", TOO_LARGE);
        assertThat(bytes(avatar(id), PETHOTEL_STAFF + ":" + DEMO_PASSWORD).statusCode()).isEqualTo(404);
        assertThat(staff.get("/api/v1/me").status()).as("the server still answers").isEqualTo(200);
    }

    @Test
    void aWebpBombAndAHugePngAsLogoAreRefusedOnTheLogoField() {
        Api.Reply webp = owner.put("/api/v1/company/logo", "image/webp", ImageBombs.losslessWebp(7000, 7000));
        Api.Reply png = owner.put("/api/v1/company/logo", "image/png", ImageBombs.png(15000, 15000));

        assertThat(webp.status()).as(webp.toString()).isEqualTo(422);
        assertThat(Problems.errors(webp)).containsEntry("logo", TOO_LARGE);
        assertThat(png.status()).as(png.toString()).isEqualTo(422);
        assertThat(Problems.errors(png)).containsEntry("logo", TOO_LARGE);
    }

    @Test
    void aPolyglotLogoIsServedReEncodedAsACleanImageWithNosniff() throws IOException {
        byte[] jpeg = picture(600, 300);
        byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII);
        byte[] polyglot = Arrays.copyOf(jpeg, jpeg.length + html.length);
        System.arraycopy(html, 0, polyglot, jpeg.length, html.length);

        Api.Reply upload = owner.put("/api/v1/company/logo", "image/jpeg", polyglot);
        HttpResponse<byte[]> served = bytes("/portal/logo/studio-teste", null);

        assertThat(upload.status()).as(upload.toString()).isEqualTo(204);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isNotEqualTo(polyglot);
        assertThat(new String(served.body(), StandardCharsets.ISO_8859_1)).doesNotContain("<script>");
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(served.body()));
        assertThat(decoded.getWidth()).isEqualTo(480);
        assertThat(decoded.getHeight()).isEqualTo(240);
    }

    @Test
    void theAvatarIsServedWithNosniff() throws IOException {
        long id = ClientData.person(PETHOTEL_STAFF, "Foto " + ClientData.uniqueWord()).id();
        assertThat(staff.put(avatar(id), "image/jpeg", picture(100, 100)).status()).isEqualTo(200);

        HttpResponse<byte[]> served = bytes(avatar(id), PETHOTEL_STAFF + ":" + DEMO_PASSWORD);

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private static String avatar(long id) {
        return "/api/v1/clients/" + id + "/avatar";
    }

    private static byte[] picture(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.MAGENTA);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static HttpResponse<byte[]> bytes(String path, String credentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(DeployedClientela.baseUrl() + path)).GET();
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
