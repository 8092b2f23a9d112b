package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.pages.ClientProfilePage;
import br.com.clientela.system.pages.EditClientPage;
import br.com.clientela.system.pages.NotFoundPage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A client's profile in a real browser: the history of a change, and another company's client. */
@ExtendWith(DeployedClientela.class)
class ClientProfilePageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void changingTheNameShowsTheOldAndNewValueInTheHistoryTab() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Antes " + ClientData.uniqueWord());
        String renamed = "Depois " + ClientData.uniqueWord();
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);
        EditClientPage form = ClientProfilePage.open(browser, client.id()).edit();
        assertThat(form.name()).isEqualTo(client.name());

        ClientProfilePage profile = form.name(renamed).saveExpectingProfile();

        assertThat(profile.heading()).isEqualTo(renamed);
        assertThat(profile.growlSaying("salvo")).contains("Cadastro de " + renamed + " salvo.");
        List<List<String>> history = profile.history();
        assertThat(history).anySatisfy(row -> assertThat(row.subList(1, 6))
                .containsExactly(PETHOTEL_STAFF, "Alteração", "Nome", client.name(), renamed));
        assertThat(history).anySatisfy(row -> assertThat(row.subList(1, 3))
                .containsExactly(PETHOTEL_STAFF, "Cadastro"));
        assertThat(history.get(0).get(0)).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    }

    @Test
    void anotherCompanysClientGivesThe404Page() {
        ClientData.NewClient ofClinica = ClientData.person(CLINICA_ADMIN, "Clínica " + ClientData.uniqueWord());
        String before = Api.as(CLINICA_ADMIN, DEMO_PASSWORD).get("/api/v1/clients/" + ofClinica.id()).body();
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_ADMIN, DEMO_PASSWORD);

        for (String path : new String[] {ClientProfilePage.path(ofClinica.id()), EditClientPage.path(ofClinica.id())}) {
            browser.open(path);
            NotFoundPage notFound = NotFoundPage.current(browser);
            assertThat(notFound.title()).as(path).isEqualTo("Página não encontrada");
            assertThat(notFound.text()).as(path).doesNotContain(ofClinica.name());
        }
        assertThat(Api.as(CLINICA_ADMIN, DEMO_PASSWORD).get("/api/v1/clients/" + ofClinica.id()).body())
                .isEqualTo(before);
    }
}
