package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.pages.ClientProfilePage;
import br.com.clientela.system.pages.ClientsPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reviews with stars and alerts on a client's profile, and what the client list then shows. */
@ExtendWith(DeployedClientela.class)
class ReviewsAndAlertsPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void reviewsAddedWithStarsShowOnTheProfileAndInTheListsCardsAndNoStarsIsRefusedNextToThem() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Estrela " + ClientData.uniqueWord());
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);
        ClientProfilePage profile = ClientProfilePage.open(browser, client.id());
        assertThat(profile.addReviewWithoutStars("Sem nota")).isEqualTo("Informe a nota, de 1 a 5 estrelas.");
        assertThat(profile.reviewSummary()).isEqualTo("Nenhuma avaliação ainda.");

        profile.addReview(5, "Adorou o banho");
        assertThat(profile.growlSaying("Avaliação registrada")).contains("Avaliação registrada.");
        profile.addReview(4, "Voltará");

        assertThat(profile.reviewSummary()).isEqualTo("Nota média 4,5 em 2 avaliação(ões).");
        assertThat(profile.reviewComments()).containsExactly("Voltará", "Adorou o banho");
        ClientsPage list = ClientsPage.open(browser).search(client.name());
        list.waitForRow(client.name());
        list.waitForMetric("Reviews", "2");
        assertThat(list.metric("Rating")).isEqualTo("4,5");
    }

    @Test
    void aReviewAboutOneOfTheClientsOrdersShowsTheOrdersNumber() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Pedido Avaliado " + ClientData.uniqueWord());
        Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);
        Api.Reply order = staff.post("/api/v1/orders", "{\"clientId\":" + client.id()
                + ",\"lines\":[{\"description\":\"Banho e tosa\",\"unitPrice\":150}]}");
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        long number = order.json().getJsonNumber("number").longValue();
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);
        ClientProfilePage profile = ClientProfilePage.open(browser, client.id());

        profile.addReviewAbout("Pedido nº " + number + " · R$ 150,00", 5, "Banho impecável");
        assertThat(profile.growlSaying("Avaliação registrada")).contains("Avaliação registrada.");
        profile.addReview(3, "Sem pedido");

        assertThat(profile.reviewComments()).containsExactly("Sem pedido", "Banho impecável");
        assertThat(profile.reviewOrders()).containsExactly("", "Pedido nº " + number);
    }

    @Test
    void aHighAlertShowsAsABannerAndAnIconInTheListUntilDeactivated() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Alerta " + ClientData.uniqueWord());
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);
        ClientProfilePage profile = ClientProfilePage.open(browser, client.id());
        assertThat(profile.alertBanner()).isEmpty();

        profile.addAlert("Médico", "Alta", "Alergia a dipirona");

        assertThat(profile.growlSaying("Alerta adicionado")).contains("Alerta adicionado.");
        assertThat(profile.alertBanner()).contains("Alta").contains("Médico").contains("Alergia a dipirona");
        ClientProfilePage reopened = ClientProfilePage.open(browser, client.id());
        assertThat(reopened.alertBanner()).contains("Alergia a dipirona");
        ClientsPage list = ClientsPage.open(browser).search(client.name());
        assertThat(list.waitForRow(client.name()).alertFlag())
                .contains("1 alerta(s) ativo(s), prioridade mais alta: Alta");

        ClientProfilePage again = ClientProfilePage.open(browser, client.id());
        again.askToDeactivateAlert().accept();
        assertThat(again.growlSaying("Alerta desativado")).contains("Alerta desativado.");
        assertThat(again.alertBanner()).isEmpty();
        assertThat(ClientsPage.open(browser).search(client.name()).waitForRow(client.name()).alertFlag()).isEmpty();
    }
}
