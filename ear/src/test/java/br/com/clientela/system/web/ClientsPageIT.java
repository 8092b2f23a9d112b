package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.pages.ClientTrashPage;
import br.com.clientela.system.pages.ClientsPage;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The clients list in a real browser: real-time search, row actions, trash and restore. */
@ExtendWith(DeployedClientela.class)
class ClientsPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final Api pethotelStaff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void typingFindsAClientByNameWithoutAccentsAndByAFragmentOfTheCpf() {
        String surname = ClientData.uniqueWord();
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "João " + surname);
        signIn();
        ClientsPage page = ClientsPage.open(browser);

        page.search("joao " + surname.toLowerCase());

        page.waitForNames(List.of(client.name()));
        ClientsPage.Row row = page.row(client.name()).orElseThrow();
        assertThat(row.document()).isEqualTo(ClientData.masked(client.cpf()));
        assertThat(row.phone()).isEqualTo("(11) 98765-4321");
        assertThat(row.stage()).isEqualTo("Contato");
        assertThat(row.whatsAppLink()).contains("https://wa.me/5511987654321?text=Ol%C3%A1%2C%20Jo%C3%A3o%21");

        page.search(client.cpf().substring(0, 6));

        assertThat(page.waitForRow(client.name()).document()).isEqualTo(ClientData.masked(client.cpf()));
    }

    @Test
    void aSearchThatMatchesNothingShowsTheEmptyState() {
        signIn();
        ClientsPage page = ClientsPage.open(browser);
        String nothing = "Zz" + ClientData.uniqueWord();

        page.search(nothing);

        assertThat(page.waitForEmptyState()).isEqualTo("Nenhum cliente encontrado para “" + nothing + "”.");
    }

    @Test
    void aClientMovedToTheTrashFromTheListCanBeRestoredFromTheTrashPage() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Lixeira " + ClientData.uniqueWord());
        signIn();
        ClientsPage page = ClientsPage.open(browser);
        page.search(client.name());
        page.waitForRow(client.name());

        ClientsPage.Confirmation confirmation = page.askToTrash(client.name());
        assertThat(confirmation.message()).contains("Mover " + client.name() + " para a lixeira?");
        confirmation.accept();

        page.waitForNoRow(client.name());
        assertThat(page.growlSaying("lixeira")).contains(client.name() + " movido(a) para a lixeira.");
        assertThat(total("/api/v1/clients?q=" + encode(client.name()))).isZero();

        ClientTrashPage trash = ClientTrashPage.open(browser);
        assertThat(trash.names()).contains(client.name());
        trash.askToRestore(client.name()).accept();

        trash.waitForNoRow(client.name());
        assertThat(trash.growlSaying("restaurado")).contains(client.name() + " restaurado(a).");
        assertThat(total("/api/v1/clients?q=" + encode(client.name()))).isEqualTo(1);
    }

    @Test
    void onlyAnAdminDeletesATrashedClientForGoodAfterConfirming() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Definitivo " + ClientData.uniqueWord());
        assertThat(pethotelStaff.delete("/api/v1/clients/" + client.id()).status()).isEqualTo(204);
        signIn();
        assertThat(ClientTrashPage.open(browser).offersDeletingForGood(client.name())).isFalse();
        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_ADMIN, DEMO_PASSWORD);
        ClientTrashPage trash = ClientTrashPage.open(browser);

        ClientsPage.Confirmation confirmation = trash.askToDeleteForGood(client.name());
        assertThat(confirmation.message()).contains("Excluir definitivamente o cadastro de " + client.name());
        confirmation.accept();

        trash.waitForNoRow(client.name());
        assertThat(trash.growlSaying("excluído")).contains("Cadastro de " + client.name() + " excluído definitivamente.");
        Api admin = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);
        assertThat(admin.get("/api/v1/clients/" + client.id()).status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/clients/trash").body()).doesNotContain(client.name());
    }

    @Test
    void theAmountDueColumnShowsWhatIsStillOpenOnEachClientsInvoices() {
        String word = ClientData.uniqueWord();
        String ana = "Ana Devedora " + word;
        String bia = "Bia Quite " + word;
        long anaId = ClientData.person(PETHOTEL_STAFF, ana).id();
        ClientData.person(PETHOTEL_STAFF, bia);
        long open = invoice(anaId, "150.00");
        Api.Reply paid = pethotelStaff.post("/api/v1/invoices/" + open + "/payments",
                "{\"amount\": 50.00, \"method\": \"PIX\"}", "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        long cancelled = invoice(anaId, "30.00");
        Api.Reply cancel = pethotelStaff.post("/api/v1/invoices/" + cancelled + "/cancel", "{\"reason\": \"Engano\"}");
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);

        JsonObject anaRow = pethotelStaff.get("/api/v1/clients?q=" + encode(ana)).json().getJsonArray("items")
                .getJsonObject(0);
        assertThat(anaRow.getJsonNumber("amountDue").bigDecimalValue()).isEqualByComparingTo("100.00");
        signIn();
        ClientsPage page = ClientsPage.open(browser).search(word);
        page.waitForNames(List.of(ana, bia));

        assertThat(page.waitForRow(ana).amountDue()).isEqualTo("R$ 100,00");
        assertThat(page.waitForRow(bia).amountDue()).isEqualTo("R$ 0,00");
    }

    private long invoice(long client, String price) {
        Api.Reply issued = pethotelStaff.post("/api/v1/invoices", "{\"clientId\": " + client + ", \"issueDate\": \""
                + LocalDate.now() + "\", \"dueDate\": \"" + LocalDate.now().plusDays(10) + "\", \"lines\": "
                + "[{\"description\": \"Hospedagem\", \"unitPrice\": " + price + "}]}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return issued.json().getJsonNumber("id").longValue();
    }

    @Test
    void cancellingTheConfirmationKeepsTheClient() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Mantido " + ClientData.uniqueWord());
        signIn();
        ClientsPage page = ClientsPage.open(browser);
        page.search(client.name());
        page.waitForRow(client.name());

        page.askToTrash(client.name()).cancel();

        assertThat(page.row(client.name())).isPresent();
        assertThat(pethotelStaff.get("/api/v1/clients/" + client.id()).status()).isEqualTo(200);
    }

    private long total(String path) {
        return pethotelStaff.get(path).json().getJsonNumber("total").longValue();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private void signIn() {
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);
    }

    @Test
    void twoSelectedClientsAreAddedToAGroupInOneGo() {
        String word = ClientData.uniqueWord();
        String ana = "Ana " + word;
        String bia = "Bia " + word;
        long anaId = ClientData.person(PETHOTEL_STAFF, ana).id();
        long biaId = ClientData.person(PETHOTEL_STAFF, bia).id();
        String group = "Banho " + word;
        long groupId = pethotelStaff.post("/api/v1/groups", "{\"name\":\"" + group + "\"}").json()
                .getJsonNumber("id").longValue();
        signIn();
        ClientsPage list = ClientsPage.open(browser).search(word);
        list.waitForRow(ana);
        list.waitForRow(bia);

        list.addToGroup(group, ana, bia);

        assertThat(list.growlSaying("adicionado")).contains("2 cliente(s) adicionado(s) ao grupo " + group + ".");
        assertThat(pethotelStaff.get("/api/v1/groups").body()).contains("\"id\":" + groupId + ",\"members\":2");
        assertThat(pethotelStaff.get("/api/v1/clients/" + anaId).json().getJsonArray("groups").toString()).contains(group);
        assertThat(pethotelStaff.get("/api/v1/clients/" + biaId).json().getJsonArray("groups").toString()).contains(group);
    }

    @Test
    void aFilterNarrowsTheTableAndTheMetricCardsCountWhatMatches() {
        String word = ClientData.uniqueWord();
        String ana = "Ana " + word;
        String bia = "Bia " + word;
        ClientData.person(PETHOTEL_STAFF, ana);
        pethotelStaff.post("/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":\"" + bia + "\",\"status\":\"INACTIVE\"}");
        signIn();
        ClientsPage page = ClientsPage.open(browser).search(word);
        page.waitForNames(List.of(ana, bia));
        page.waitForMetric("Total", "2");
        assertThat(page.metric("CONTACT")).isEqualTo("1");
        assertThat(page.metric("INACTIVE")).isEqualTo("1");
        assertThat(page.metric("CUSTOMER")).isEqualTo("0");
        assertThat(page.metric("Reviews")).isEqualTo("0");
        assertThat(page.metric("Rating")).isEqualTo("—");
        assertThat(page.metric("Sales")).contains("R$").contains("0,00");

        page.filterByStage("Inativo");

        page.waitForNames(List.of(bia));
        page.waitForMetric("Total", "1");
        assertThat(page.metric("CONTACT")).isEqualTo("0");
        assertThat(page.metric("INACTIVE")).isEqualTo("1");

        page.clearFilters();

        page.waitForNames(List.of(ana, bia));
        page.waitForMetric("Total", "2");
    }

    @Test
    void allClientsMatchingTheFilterChangeStatusInOneGoAfterAConfirmationWithTheCount() {
        String word = ClientData.uniqueWord();
        List<String> names = List.of("Ana " + word, "Bia " + word, "Caio " + word);
        List<Long> ids = names.stream().map(name -> ClientData.person(PETHOTEL_STAFF, name).id()).toList();
        signIn();
        ClientsPage page = ClientsPage.open(browser).search(word);
        page.waitForNames(names);
        page.waitForRow(names.get(0)).select();

        ClientsPage.BulkDialog dialog = page.openBulk("changeStatus");

        assertThat(dialog.title()).isEqualTo("Alterar situação");
        assertThat(dialog.scopes()).containsExactly("1 cliente(s) selecionado(s) na tabela",
                "Todos os 3 cliente(s) que correspondem ao filtro");
        assertThat(dialog.affected()).isEqualTo("Esta ação vai alcançar 1 cliente(s).");
        dialog.chooseAllMatching();
        assertThat(dialog.affected()).isEqualTo("Esta ação vai alcançar 3 cliente(s).");
        dialog.chooseStatus("Inativo");
        ClientsPage.Confirmation confirmation = dialog.apply();
        assertThat(confirmation.message()).isEqualTo("Alterar situação: confirmar para 3 cliente(s)?");
        confirmation.accept();

        dialog.waitUntilClosed();
        assertThat(page.growlSaying("Situação alterada")).contains("Situação alterada para Inativo em 3 cliente(s).");
        page.waitForMetric("INACTIVE", "3");
        for (long id : ids) {
            assertThat(pethotelStaff.get("/api/v1/clients/" + id).json().getString("status")).isEqualTo("INACTIVE");
        }
        assertThat(page.waitForRow(names.get(2)).stage()).isEqualTo("Inativo");
    }

}
