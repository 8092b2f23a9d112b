package br.com.clientela.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import br.com.clientela.system.pages.ClientProfilePage;
import br.com.clientela.system.pages.EditClientPage;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client form and profile in a real browser: a required company-defined field left blank is asked for next
 * to its input and, once filled, shows on the profile's "Informações adicionais" tab; a picture chosen on the
 * profile is shown shrunk, then removed after a confirmation. On the "studio-teste" company, whose fields no
 * other page test reads.
 */
@ExtendWith(DeployedClientela.class)
class ClientCustomFieldsAndAvatarPageIT {

    /** The ADMIN of the company made by the one-time setup (see DeployedClientela). */
    private static final String STUDIO_ADMIN = "dona@studio-teste.com.br";
    private static final String STUDIO_PASSWORD = "PrimeiroAcesso2026";

    @RegisterExtension
    final Browser browser = new Browser();

    private final Api admin = Api.as(STUDIO_ADMIN, STUDIO_PASSWORD);

    @Test
    void aRequiredCustomFieldIsAskedForNextToItsInputThenShowsOnTheProfile() {
        String word = TestData.uniqueWord();
        String key = "coleira_" + word;
        long clientId = client("Rex " + word);
        long fieldId = admin.post("/api/v1/custom-fields", "{\"key\":\"" + key + "\",\"label\":\"Cor da coleira "
                + word + "\",\"type\":\"TEXT\",\"required\":true}").json().getJsonNumber("id").longValue();
        try {
            LoginPage.open(browser).signInExpectingHome(STUDIO_ADMIN, STUDIO_PASSWORD);
            EditClientPage form = EditClientPage.open(browser, clientId);

            form.save();

            assertThat(form.errorNextTo("customFields_" + key)).isEqualTo("Preencha o campo \"Cor da coleira " + word + "\".");
            ClientProfilePage profile = form.customField(key, "Vermelha com guizo").saveExpectingProfile();

            assertThat(profile.customField(key)).isEqualTo("Vermelha com guizo");
            assertThat(admin.get("/api/v1/clients/" + clientId).json().getJsonObject("customFields").getString(key))
                    .isEqualTo("Vermelha com guizo");
        } finally {
            admin.delete("/api/v1/custom-fields/" + fieldId);
        }
    }

    @Test
    void aPictureChosenOnTheProfileIsShownShrunkAndCanBeRemoved() throws IOException {
        long clientId = client("Mel " + TestData.uniqueWord());
        Path picture = Files.createTempFile("avatar", ".png");
        try {
            BufferedImage image = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB);
            var graphics = image.createGraphics();
            graphics.setColor(Color.MAGENTA);
            graphics.fillOval(100, 50, 300, 300);
            graphics.dispose();
            ImageIO.write(image, "png", picture.toFile());
            LoginPage.open(browser).signInExpectingHome(STUDIO_ADMIN, STUDIO_PASSWORD);

            ClientProfilePage profile = ClientProfilePage.open(browser, clientId).chooseAvatar(picture);

            assertThat(profile.growlSaying("Foto")).contains("Foto do cliente atualizada.");
            assertThat(profile.avatarNaturalWidth()).isEqualTo(256);
            assertThat(profile.avatarNaturalHeight()).isEqualTo(128);

            profile.removeAvatar().accept();

            assertThat(profile.showsNoAvatar()).isTrue();
            assertThat(admin.get("/api/v1/clients/" + clientId + "/avatar").status()).isEqualTo(404);
        } finally {
            Files.deleteIfExists(picture);
        }
    }

    private long client(String name) {
        Api.Reply created = admin.post("/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":\"" + name + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }
}
