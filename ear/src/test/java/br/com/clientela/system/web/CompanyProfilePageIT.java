package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.pages.CompanyProfilePage;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The company profile page in a real browser, as the clinica's ADMIN. A company cannot be created for a
 * test, so each test puts the profile back as it found it.
 */
@ExtendWith(DeployedClientela.class)
class CompanyProfilePageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final Api clinicaAdmin = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);
    private String profileBefore;

    @BeforeEach
    void rememberProfile() {
        profileBefore = clinicaAdmin.get("/api/v1/company").body();
    }

    @AfterEach
    void restoreProfile() {
        clinicaAdmin.put("/api/v1/company", profileBefore);
    }

    @Test
    void anInvalidCnpjShowsCnpjInvalidoNextToTheFieldAndSavesNothing() {
        LoginPage.open(browser).signInExpectingHome(CLINICA_ADMIN, DEMO_PASSWORD);
        CompanyProfilePage page = CompanyProfilePage.open(browser);
        String cnpjBefore = page.value("cnpj");
        String complement = "Sala " + UUID.randomUUID().toString().substring(0, 6);

        page.set("complement", complement).set("cnpj", "11.222.333/0001-99").saveWithEnter("cnpj");

        assertThat(page.errorNextTo("cnpj")).startsWith("CNPJ inválido");
        assertThat(page.value("cnpj")).isEqualTo("11.222.333/0001-99");
        CompanyProfilePage reloaded = CompanyProfilePage.open(browser);
        assertThat(reloaded.value("cnpj")).isEqualTo(cnpjBefore);
        assertThat(reloaded.value("complement")).isNotEqualTo(complement);
        assertThat(clinicaAdmin.get("/api/v1/company").body()).isEqualTo(profileBefore);
    }

    @Test
    void aValidChangeIsSavedAndShownAfterReload() {
        LoginPage.open(browser).signInExpectingHome(CLINICA_ADMIN, DEMO_PASSWORD);
        CompanyProfilePage page = CompanyProfilePage.open(browser);
        String complement = "Sala " + UUID.randomUUID().toString().substring(0, 6);

        page.set("complement", complement).saveWithEnter("complement");

        assertThat(page.growlSaying("salvos")).contains("Dados da empresa salvos.");
        CompanyProfilePage reloaded = CompanyProfilePage.open(browser);
        assertThat(reloaded.value("complement")).isEqualTo(complement);
        JsonObject stored = clinicaAdmin.get("/api/v1/company").json();
        assertThat(stored.getString("complement")).isEqualTo(complement);
    }

    @Test
    void aSlugTakenByAnotherCompanyIsRefusedNextToTheField() {
        LoginPage.open(browser).signInExpectingHome(CLINICA_ADMIN, DEMO_PASSWORD);
        CompanyProfilePage page = CompanyProfilePage.open(browser);

        page.set("slug", "pethotel").saveWithEnter("slug");

        assertThat(page.errorNextTo("slug")).isEqualTo("Este endereço do portal já está em uso por outra empresa.");
        assertThat(clinicaAdmin.get("/api/v1/company").body()).isEqualTo(profileBefore);
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedAsLogoInPtBr(@TempDir Path dir) throws IOException {
        Path fake = Files.writeString(dir.resolve("logo.png"), "isto não é uma imagem", StandardCharsets.UTF_8);
        LoginPage.open(browser).signInExpectingHome(CLINICA_ADMIN, DEMO_PASSWORD);
        CompanyProfilePage page = CompanyProfilePage.open(browser);
        boolean hadLogo = page.showsLogo();

        page.chooseLogo(fake);

        assertThat(page.logoError()).contains("O logotipo deve ser uma imagem PNG, JPEG ou WebP.");
        assertThat(CompanyProfilePage.open(browser).showsLogo()).isEqualTo(hadLogo);
    }

    @Test
    void aLogoOverOneMegabyteIsRefusedInPtBr(@TempDir Path dir) throws IOException {
        byte[] large = new byte[1024 * 1024 + 1];
        large[0] = (byte) 0x89;
        large[1] = 'P';
        large[2] = 'N';
        large[3] = 'G';
        Path big = Files.write(dir.resolve("grande.png"), large);
        LoginPage.open(browser).signInExpectingHome(CLINICA_ADMIN, DEMO_PASSWORD);
        CompanyProfilePage page = CompanyProfilePage.open(browser);

        page.chooseLogo(big);

        assertThat(page.logoError()).contains("grande.png").contains("não deve ser maior que 1");
    }
}
