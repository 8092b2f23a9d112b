package br.com.clientela.system.api;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ADMIN completes the company profile and logo, and the portal shows them. Runs on the company of the
 * one-time setup ("studio-teste"), so the demo companies other tests read stay as they are.
 */
@ExtendWith(DeployedClientela.class)
class CompanyProfileIT {

    /** A 1×1 transparent PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private final Api admin = Api.as("dona@studio-teste.com.br", "PrimeiroAcesso2026");

    @Test
    void adminCompletesTheProfileWithAnAlphanumericCnpjAndItIsKept() {
        Api.Reply reply = admin.put("/api/v1/company", "{\"slug\":\"studio-teste\",\"legalName\":\"Studio de Teste Ltda\","
                + "\"tradeName\":\"Studio Bem Cuidar\",\"cnpj\":\"12.ABC.345/01DE-35\",\"email\":\"contato@studio.com.br\","
                + "\"phone\":\"+5511955550000\",\"postalCode\":\"01310-100\",\"street\":\"Avenida Paulista\","
                + "\"number\":\"1000\",\"district\":\"Bela Vista\",\"city\":\"São Paulo\",\"state\":\"SP\","
                + "\"pixKey\":\"contato@studio.com.br\",\"hasLogo\":false}");

        assertThat(reply.status()).isEqualTo(200);
        JsonObject saved = admin.get("/api/v1/company").json();
        assertThat(saved.getString("cnpj")).isEqualTo("12ABC34501DE35");
        assertThat(saved.getString("postalCode")).isEqualTo("01310100");
        assertThat(saved.getString("city")).isEqualTo("São Paulo");
        assertThat(Api.anonymous().get("/portal/studio-teste").body()).contains("Studio Bem Cuidar");
    }

    @Test
    void slugTakenByAnotherCompanyIsRefused() {
        JsonObject before = admin.get("/api/v1/company").json();

        Api.Reply reply = admin.put("/api/v1/company",
                "{\"slug\":\"pethotel\",\"legalName\":\"Studio de Teste Ltda\",\"hasLogo\":false}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("slug");
        assertThat(admin.get("/api/v1/company").json()).isEqualTo(before);
    }

    @Test
    void logoUploadedByTheAdminIsServedOnThePortal() throws IOException, InterruptedException {
        Api.Reply upload = admin.put("/api/v1/company/logo", "image/png", PNG);

        assertThat(upload.status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/company").json().getBoolean("hasLogo")).isTrue();
        HttpResponse<byte[]> logo = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(DeployedClientela.baseUrl() + "/portal/logo/studio-teste")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
        // Stored re-encoded, never as uploaded (issue 11): the same picture, not the same bytes.
        java.awt.image.BufferedImage served = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(logo.body()));
        assertThat(served.getWidth()).isEqualTo(1);
        assertThat(served.getHeight()).isEqualTo(1);
    }

    @Test
    void onlyAnAdminChangesTheCompany() {
        Api.Reply reply = Api.as("gerente@pethotel.demo", "Clientela2026").put("/api/v1/company",
                "{\"slug\":\"pethotel\",\"legalName\":\"Tomado\",\"hasLogo\":false}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(Api.as("admin@pethotel.demo", "Clientela2026").get("/api/v1/company").json()
                .getString("legalName")).isEqualTo("Hotel Pet Bem-Estar Ltda");
    }
}
