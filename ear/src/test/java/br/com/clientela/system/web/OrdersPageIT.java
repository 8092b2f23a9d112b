package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_MANAGER;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.pages.ClientOrdersTab;
import br.com.clientela.system.pages.OrderEditPage;
import br.com.clientela.system.pages.OrdersPage;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Orders in a real browser: an order made of a catalog line and a free line, its totals as typed, its status
 * changed on the order and then on the client's Pedidos tab, and the order in the list.
 */
@ExtendWith(DeployedClientela.class)
class OrdersPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void anOrderWithACatalogAndAFreeLineIsSavedChangesStatusAndShowsInTheListAndOnTheClient() {
        String word = ClientData.uniqueWord();
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Pedido " + word + " Silva");
        String item = "Banho " + word;
        Api.Reply created = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD).post("/api/v1/catalog",
                "{\"kind\":\"SERVICE\",\"name\":\"" + item + "\",\"unitPrice\":45}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        OrderEditPage order = OrderEditPage.openNew(browser)
                .chooseClient(word, client.name())
                .catalogLine(0, word, item, "2")
                .addLine()
                .freeLine(1, "Taxa de entrega", "1", "12,50");
        assertThat(order.lineTotal(0)).isEqualTo("R$ 90,00");
        assertThat(order.total()).isEqualTo("R$ 102,50");
        assertThat(order.itemCount()).isEqualTo("3");
        order = order.save();

        assertThat(order.heading()).matches("Pedido nº \\d+");
        long number = Long.parseLong(order.heading().replaceAll("\\D", ""));
        long orderId = order.id();
        assertThat(order.status()).isEqualTo("Aberto");
        assertThat(order.total()).isEqualTo("R$ 102,50");
        order = order.changeStatus("Em andamento");
        assertThat(order.history()).containsExactly("Aberto → Em andamento", "— → Aberto");

        OrdersPage.Row row = OrdersPage.open(browser).search(word).row(number).orElseThrow();
        assertThat(row.client()).isEqualTo(client.name());
        assertThat(row.type()).isEqualTo("Pedido");
        assertThat(row.status()).isEqualTo("Em andamento");
        assertThat(row.items()).isEqualTo("3");
        assertThat(row.total()).isEqualTo("R$ 102,50");

        ClientOrdersTab tab = ClientOrdersTab.open(browser, client.id());
        assertThat(tab.rows()).containsExactly(number + " | Pedido | Em andamento | 3 | R$ 102,50");
        tab.changeStatus(0, "Pago");
        assertThat(tab.summary()).isEqualTo("1 pedido(s), 1 pago(s) · total pago R$ 102,50");
        JsonObject stored = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD).get("/api/v1/orders/" + orderId).json();
        assertThat(stored.getString("statusName")).isEqualTo("Pago");
        assertThat(stored.getJsonArray("lines").getJsonObject(1).getString("description")).isEqualTo("Taxa de entrega");
        assertThat(stored.getJsonArray("lines").getJsonObject(0).getJsonNumber("catalogItemId").longValue())
                .isEqualTo(created.json().getJsonNumber("id").longValue());
    }

    @Test
    void aNewOrderFromTheClientsTabIsForThatClientAndAMissingPriceIsSaidOnItsLine() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Sem preço " + ClientData.uniqueWord());
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        ClientOrdersTab tab = ClientOrdersTab.open(browser, client.id());
        assertThat(tab.rows()).isEmpty();
        OrderEditPage order = tab.newOrder().freeLine(0, "Consulta", "1", "").save();

        assertThat(order.errorOnLine(0, "unitPrice")).isEqualTo("Informe o preço unitário.");
        assertThat(Api.as(PETHOTEL_STAFF, DEMO_PASSWORD).get("/api/v1/orders?clientId=" + client.id()).json()
                .getInt("total")).isZero();
    }
}
