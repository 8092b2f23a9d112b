package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import br.com.clientela.system.pages.ApiTokensPage;
import br.com.clientela.system.pages.NotFoundPage;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API tokens page in a real browser: a token is shown once, works, and stops working when revoked. */
@ExtendWith(DeployedClientela.class)
class ApiTokensPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aNewTokenIsShownOnceWorksAndStopsWorkingAfterConfirmedRevocation() {
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_ADMIN, DEMO_PASSWORD);
        ApiTokensPage page = ApiTokensPage.open(browser);
        String name = "Planilha " + UUID.randomUUID().toString().substring(0, 8);

        ApiTokensPage.CreatedToken created = page.create(name);
        String token = created.token();

        assertThat(token).startsWith("clt_");
        assertThat(created.hint()).contains("Copie o token agora").contains("não será mostrado de novo");
        assertThat(Api.withToken(token).get("/api/v1/me").json().getString("email")).isEqualTo(PETHOTEL_ADMIN);
        created.close();
        assertThat(page.statusOf(name)).contains("Válido");
        assertThat(page.pageSource()).doesNotContain(token);

        page.askToRevoke(name).accept();

        page.waitForStatus(name, "Revogado");
        assertThat(page.growlSaying("revogado")).contains("Token " + name + " revogado.");
        assertThat(Api.withToken(token).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aManagerOpeningTheTokensPageSeesThe404Page() {
        TestData.NewStaff manager = TestData.staffUser(PETHOTEL_ADMIN, "MANAGER");
        LoginPage.open(browser).signInExpectingHome(manager.email(), manager.password());

        browser.open("/staff/tokens/list.xhtml");

        assertThat(NotFoundPage.current(browser).title()).isEqualTo("Página não encontrada");
    }
}
