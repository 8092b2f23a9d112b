package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_MANAGER;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.pages.ClientWalletTab;
import br.com.clientela.system.pages.TransactionsPage;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Transactions page in a real browser: filtering by a client shows only their rows and their totals; a manager
 * records an adjustment through the "Novo ajuste" dialog.
 */
@ExtendWith(DeployedClientela.class)
class TransactionsPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void filteringByAClientShowsTheirRowsAndTotals() {
        String word = ClientData.uniqueWord();
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Movimento " + word);
        ClientData.NewClient other = ClientData.person(PETHOTEL_STAFF, "Outro " + ClientData.uniqueWord());
        Api api = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);
        post(api, client.id(), "credit", "{\"amount\": 80.00, \"method\": \"PIX\"}");
        post(api, client.id(), "debit", "{\"amount\": 20.50, \"reason\": \"Banho\"}");
        post(api, other.id(), "credit", "{\"amount\": 999.00, \"method\": \"CASH\"}");
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        TransactionsPage page = TransactionsPage.open(browser).filterByClient(word, client.name())
                .waitForMoneyIn("R$ 80,00");

        // The debit stays within the clients' wallets account: listed, but no money left the company.
        assertThat(page.moneyOut()).isEqualTo("R$ 0,00");
        assertThat(page.net()).isEqualTo("R$ 80,00");
        assertThat(page.rowClients()).containsOnly(client.name()).hasSize(2);
        assertThat(page.rowAmounts()).containsExactly("-R$ 20,50", "R$ 80,00");
    }

    @Test
    void theWalletTabLinksToTheClientsTransactions() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Link " + ClientData.uniqueWord());
        post(Api.as(PETHOTEL_STAFF, DEMO_PASSWORD), client.id(), "credit", "{\"amount\": 12.34, \"method\": \"PIX\"}");
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        TransactionsPage page = ClientWalletTab.open(browser, client.id()).openTransactions();

        assertThat(page.clientFilter()).isEqualTo(client.name());
        assertThat(page.moneyIn()).isEqualTo("R$ 12,34");
        assertThat(page.rowClients()).containsExactly(client.name());
    }

    @Test
    void aManagerRecordsAnAdjustmentThroughTheDialogAndItShowsInTheTotals() {
        String word = ClientData.uniqueWord();
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Ajuste " + word);
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_MANAGER, DEMO_PASSWORD);

        TransactionsPage page = TransactionsPage.open(browser)
                .adjust(word, client.name(), "45,00", "Dinheiro", "Sobra de caixa conferida");
        page.growlSaying("Ajuste registrado");
        page.filterByClient(word, client.name()).waitForMoneyIn("R$ 45,00");

        assertThat(page.net()).isEqualTo("R$ 45,00");
        assertThat(page.rowClients()).containsExactly(client.name());
    }

    private static void post(Api api, long id, String operation, String body) {
        Api.Reply reply = api.post("/api/v1/clients/" + id + "/wallet/" + operation, body, "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }
}
