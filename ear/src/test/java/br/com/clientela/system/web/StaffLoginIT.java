package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;

/** Signing in and out of the back office in a real browser, as the demo users and fresh ones. */
@ExtendWith(DeployedClientela.class)
class StaffLoginIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theStartAddressShowsThePtBrLoginPage() {
        browser.open("/");

        LoginPage login = LoginPage.current(browser);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login.xhtml");
        assertThat(login.heading()).isEqualTo("Acesso da equipe");
        assertThat(login.pageText()).contains("E-mail", "Senha", "Entrar");
    }

    @Test
    void demoAdminSignsInAndSeesTheCompanyAndAdminMenu() {
        HomePage home = LoginPage.open(browser).signInExpectingHome(PETHOTEL_ADMIN, DEMO_PASSWORD);

        assertThat(home.welcome()).isEqualTo("Olá, Ana Paula Ribeiro!");
        assertThat(home.companyName()).isEqualTo("Empresa: Pet Hotel Bem-Estar");
        // The company's own count, as its API lists them (50 demo clients plus those other tests made):
        // counting the other company's clients too would show more.
        long ownClients = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD).get("/api/v1/clients?size=1").json()
                .getJsonNumber("total").longValue();
        assertThat(ownClients).isGreaterThanOrEqualTo(50);
        assertThat(home.clientsCount()).isEqualTo(Long.toString(ownClients));
        assertThat(home.showsMenuEntry("Usuários")).isTrue();
    }

    @Test
    void staffMemberDoesNotGetTheAdminMenu() {
        HomePage home = LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        assertThat(home.showsMenuEntry("Início")).isTrue();
        assertThat(home.showsMenuEntry("Usuários")).isFalse();
    }

    @Test
    void wrongPasswordShowsAPtBrMessageAndStaysOnTheLoginPage() {
        LoginPage login = LoginPage.open(browser);

        login.signIn(PETHOTEL_ADMIN, "senha-errada-1");

        assertThat(login.error()).contains("E-mail ou senha inválidos.");
        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLaxAndChangesOnLogin() {
        LoginPage login = LoginPage.open(browser);
        Cookie before = browser.driver().manage().getCookieNamed("JSESSIONID");

        login.signInExpectingHome(PETHOTEL_ADMIN, DEMO_PASSWORD);
        Cookie after = browser.driver().manage().getCookieNamed("JSESSIONID");

        assertThat(before).isNotNull();
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        assertThat(after.isHttpOnly()).isTrue();
        assertThat(after.getSameSite()).isEqualToIgnoringCase("Lax");
    }

    @Test
    void signingOutEndsTheSession() {
        HomePage home = LoginPage.open(browser).signInExpectingHome(PETHOTEL_ADMIN, DEMO_PASSWORD);

        LoginPage login = home.signOut();

        assertThat(login.pageText()).contains("Você saiu do Clientela.");
        browser.open("/index.xhtml");
        LoginPage.current(browser);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login.xhtml");
    }

    @Test
    void fiveWrongPasswordsShowTheTooManyAttemptsMessage() {
        TestData.NewStaff staff = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");
        LoginPage login = LoginPage.open(browser);
        for (int attempt = 1; attempt <= 4; attempt++) {
            login.signIn(staff.email(), "errada-" + attempt + "xyz");
            assertThat(login.error()).contains("E-mail ou senha inválidos.");
        }

        login.signIn(staff.email(), "errada-5xyz");

        assertThat(login.error()).contains("Muitas tentativas de acesso. Tente novamente às");
        login.signIn(staff.email(), staff.password());
        assertThat(login.error()).contains("Muitas tentativas de acesso");
    }

    @Test
    void aDeactivatedAdminsOpenPageSessionEndsWithAPtBrMessage() {
        TestData.NewStaff admin = TestData.staffUser(PETHOTEL_ADMIN, "ADMIN");
        HomePage home = LoginPage.open(browser).signInExpectingHome(admin.email(), admin.password());
        assertThat(home.showsMenuEntry("Usuários")).isTrue();

        Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD).put("/api/v1/staff-users/" + admin.id(),
                "{\"name\":\"Pessoa de Teste\",\"role\":\"ADMIN\",\"active\":false}");
        browser.open("/staff/users/list.xhtml");

        LoginPage login = LoginPage.current(browser);
        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
        assertThat(login.pageText()).contains("Sua sessão foi encerrada porque o seu acesso mudou");
        browser.open("/index.xhtml");
        LoginPage.current(browser);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login.xhtml");
    }
}
