package br.com.clientela.system.portal;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.DeployedClientela;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The customer portal shell: a public landing page per company, protected pages refused. */
@ExtendWith(DeployedClientela.class)
class PortalIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void eachCompanyHasItsOwnPublicLandingPage() {
        browser.open("/portal/pethotel");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("companyName")));

        assertThat(browser.driver().findElement(By.id("companyName")).getText()).isEqualTo("Pet Hotel Bem-Estar");
        assertThat(browser.driver().findElement(By.id("welcome")).getText())
                .isEqualTo("Bem-vindo ao portal de Pet Hotel Bem-Estar");

        browser.open("/portal/clinica");
        browser.waiting().until(ExpectedConditions.textToBe(By.id("companyName"), "Clínica Viver Bem"));
    }

    @Test
    void unknownCompanyIsNotFound() {
        assertThat(Api.anonymous().get("/portal/empresa-que-nao-existe").status()).isEqualTo(404);

        browser.open("/portal/empresa-que-nao-existe");
        assertThat(browser.driver().findElement(By.id("errorTitle")).getText()).isEqualTo("Página não encontrada");
    }

    @Test
    void protectedPortalPagesSendVisitorsToThePortalLogin() {
        Api.Reply reply = Api.anonymous().get("/portal/area/index.xhtml");
        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.header("Location")).endsWith("/portal/login.xhtml");

        browser.open("/portal/area/index.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("loginTitle")));
        assertThat(browser.driver().findElement(By.id("loginTitle")).getText()).isEqualTo("Entrar no portal");
        assertThat(browser.driver().findElements(By.id("areaTitle"))).isEmpty();
    }

    @Test
    void staffCredentialsDoNotOpenTheClientArea() {
        Api.Reply reply = Api.as("admin@pethotel.demo", "Clientela2026").get("/portal/area/index.xhtml");

        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.body()).doesNotContain("Minha área");
    }
}
