package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.pages.ClientsPage;
import br.com.clientela.system.pages.EditClientPage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The session ends while a page is open (the session cookie is gone, as after a timeout): the next ajax save or
 * search says so and leads to the login page, and signing in goes back to the page — with nothing saved.
 * Before, the click did nothing and showed nothing.
 */
@ExtendWith(DeployedClientela.class)
class SessionExpiryPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void savingAfterTheSessionEndedSaysSoSignsInAgainAndReturnsToTheFormWithNothingSaved() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Sessao " + ClientData.uniqueWord());
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);
        EditClientPage form = EditClientPage.open(browser, client.id());
        String changed = "Nunca Salvo " + ClientData.uniqueWord();
        form.name(changed);

        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        form.save();

        LoginPage login = LoginPage.current(browser);
        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
        assertThat(browser.driver().findElement(By.id("sessionExpired")).getText()).startsWith("Sua sessão expirou");
        assertThat(login.pageText()).doesNotContain("salvo(a)").doesNotContain("atualizado");

        login.signIn(PETHOTEL_STAFF, DEMO_PASSWORD);
        EditClientPage back = EditClientPage.current(browser);
        assertThat(browser.driver().getCurrentUrl()).endsWith(EditClientPage.path(client.id()));
        assertThat(back.name()).isEqualTo(client.name());
        assertThat(staff.get("/api/v1/clients/" + client.id()).json().getString("name")).isEqualTo(client.name());
    }

    @Test
    void registeringANewClientAfterTheSessionEndedCreatesNothing() {
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);
        String name = "Sessao Nova " + ClientData.uniqueWord();
        EditClientPage form = EditClientPage.openNew(browser).name(name);

        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        form.saveAtTheTop();

        LoginPage login = LoginPage.current(browser);
        assertThat(login.pageText()).contains("Sua sessão expirou");
        login.signIn(PETHOTEL_STAFF, DEMO_PASSWORD);
        EditClientPage.current(browser);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/clients/edit.xhtml");
        String q = URLEncoder.encode(name, StandardCharsets.UTF_8);
        assertThat(staff.get("/api/v1/clients?q=" + q).json().getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void searchingTheListAfterTheSessionEndedLeadsToSignInAndBackToTheList() {
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);
        ClientsPage.open(browser);

        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.driver().findElement(By.id("clientsForm:query")).sendKeys("maria");

        LoginPage login = LoginPage.current(browser);
        assertThat(login.pageText()).contains("Sua sessão expirou");
        login.signIn(PETHOTEL_STAFF, DEMO_PASSWORD);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("clientsForm:clients")));
        assertThat(browser.driver().getCurrentUrl()).contains("/clients/list.xhtml");
    }

    @Test
    void aPageAskedForBeforeSigningInOpensAfterSigningIn() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Volta " + ClientData.uniqueWord());

        browser.open(EditClientPage.path(client.id()));
        LoginPage login = LoginPage.current(browser);
        assertThat(login.pageText()).doesNotContain("Sua sessão expirou");
        login.signIn(PETHOTEL_STAFF, DEMO_PASSWORD);

        EditClientPage.current(browser);
        assertThat(browser.driver().getCurrentUrl()).endsWith(EditClientPage.path(client.id()));
    }

    @Test
    void theReturnAddressCannotLeadToAnotherSite() {
        browser.open("/login.xhtml?volta=" + URLEncoder.encode("//example.org/x.xhtml", StandardCharsets.UTF_8));
        LoginPage.current(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        assertThat(browser.driver().getCurrentUrl()).startsWith(DeployedClientela.baseUrl()).endsWith("/index.xhtml");
    }
}
