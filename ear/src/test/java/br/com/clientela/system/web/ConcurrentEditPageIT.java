package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_MANAGER;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.pages.ClientProfilePage;
import br.com.clientela.system.pages.EditClientPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two people, each in a browser of their own, edit the same client: the first save is kept, the second is refused
 * with a message naming who saved and when, and the second person's typing stays on the form, not reported saved.
 */
@ExtendWith(DeployedClientela.class)
class ConcurrentEditPageIT {

    @RegisterExtension
    final Browser first = new Browser();

    @RegisterExtension
    final Browser second = new Browser();

    private final Api api = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void theSecondSaveOfTheSameClientIsRefusedAndKeepsWhatWasTyped() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Disputada " + ClientData.uniqueWord());
        LoginPage.open(first).signInExpectingHome(PETHOTEL_MANAGER, DEMO_PASSWORD);
        LoginPage.open(second).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);
        EditClientPage firstForm = EditClientPage.open(first, client.id());
        EditClientPage secondForm = EditClientPage.open(second, client.id());
        String managerName = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD).get("/api/v1/me").json().getString("name");

        ClientProfilePage saved = firstForm.name("Primeira " + client.name()).saveExpectingProfile();
        secondForm.name("Segunda " + client.name()).save();

        assertThat(saved.heading()).isEqualTo("Primeira " + client.name());
        String message = secondForm.staleMessage();
        assertThat(message).contains("alterado por " + managerName).containsPattern("às \\d{2}:\\d{2}")
                .contains("recarregue").contains("não foram salvas");
        assertThat(secondForm.name()).isEqualTo("Segunda " + client.name());
        assertThat(second.driver().getCurrentUrl()).contains(EditClientPage.path(client.id()));
        assertThat(api.get("/api/v1/clients/" + client.id()).json().getString("name"))
                .isEqualTo("Primeira " + client.name());
    }

    @Test
    void afterReloadingTheSecondPersonSavesOverTheFirstSaveOnPurpose() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Disputada " + ClientData.uniqueWord());
        LoginPage.open(second).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);
        EditClientPage stale = EditClientPage.open(second, client.id());
        api.patch("/api/v1/clients/" + client.id(), "application/merge-patch+json", "{\"origin\":\"Instagram\"}");
        stale.name("Segunda " + client.name()).save();
        stale.staleMessage();

        ClientProfilePage saved = EditClientPage.open(second, client.id()).name("Segunda " + client.name())
                .saveExpectingProfile();

        assertThat(saved.heading()).isEqualTo("Segunda " + client.name());
        assertThat(api.get("/api/v1/clients/" + client.id()).json().getString("origin")).isEqualTo("Instagram");
    }
}
