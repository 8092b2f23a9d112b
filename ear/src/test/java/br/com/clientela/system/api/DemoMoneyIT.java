package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first demo company starts with money records (loaded before any test ran, so they hold its lowest document
 * numbers): catalog, quotes in three states, orders, invoices paid, partly paid, open and overdue with its alert,
 * a wallet top-up and points — and the figures built from them agree (amount due, balance, stage).
 */
@ExtendWith(DeployedClientela.class)
class DemoMoneyIT {

    private final Api manager = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD);

    @Test
    void thePetHotelHasCatalogItemsQuotesAndOrdersOnFirstRun() {
        for (String code : List.of("HOSP-DIARIA", "DAYCARE-MEIO", "BANHO-TOSA", "RACAO-2KG", "PETISCO")) {
            assertThat(manager.get("/api/v1/catalog?q=" + code).json().getInt("total")).as(code).isEqualTo(1);
        }
        assertThat(manager.get("/api/v1/catalog?q=HOSP-DIARIA").json().getJsonArray("items").getJsonObject(0)
                .getString("name")).isEqualTo("Diária de hospedagem");

        List<JsonObject> quotes = oldest("/api/v1/quotes", 3);
        assertThat(quotes).extracting(q -> q.getString("status")).containsExactly("DRAFT", "SENT", "CONVERTED");

        List<JsonObject> orders = oldest("/api/v1/orders", 3);
        assertThat(orders).extracting(o -> o.getString("statusName")).containsExactly("Em andamento", "Aberto", "Pago");
        JsonObject fromQuote = manager.get("/api/v1/orders/" + orders.get(0).getJsonNumber("id")).json();
        assertThat(fromQuote.getJsonNumber("sourceQuoteNumber").longValue())
                .isEqualTo(quotes.get(2).getJsonNumber("number").longValue());
    }

    @Test
    void thePetHotelHasInvoicesInEveryStateWithTheirAlertWalletAndPointsOnFirstRun() {
        LocalDate today = LocalDate.now();
        List<JsonObject> invoices = oldest("/api/v1/invoices", 4);

        assertThat(invoices).extracting(i -> i.getString("status"))
                .containsExactly("PAID", "PARTIALLY_PAID", "PENDING", "OVERDUE");
        JsonObject partly = invoices.get(1);
        assertThat(partly.getJsonNumber("amountDue").bigDecimalValue()).isEqualByComparingTo("210.00");
        JsonObject late = invoices.get(3);
        assertThat(late.getString("issueDate")).isEqualTo(today.minusDays(40).toString());
        assertThat(late.getString("dueDate")).isEqualTo(today.minusDays(10).toString());

        long lateClient = late.getJsonNumber("clientId").longValue();
        assertThat(manager.get("/api/v1/clients/" + lateClient + "/alerts").json().getJsonArray("items")
                .getValuesAs(JsonValue::asJsonObject))
                .anySatisfy(alert -> {
                    assertThat(alert.getString("type")).isEqualTo("FINANCIAL");
                    assertThat(alert.getBoolean("active")).isTrue();
                });
        long partlyClient = partly.getJsonNumber("clientId").longValue();
        assertThat(manager.get("/api/v1/clients/" + partlyClient + "/wallet").json().getJsonNumber("balance")
                .bigDecimalValue()).isEqualByComparingTo("200.00");
        JsonObject row = manager.get("/api/v1/clients?size=100&q=" + encode(partly.getString("clientName"))).json()
                .getJsonArray("items").getValuesAs(JsonValue::asJsonObject).stream()
                .filter(c -> c.getJsonNumber("id").longValue() == partlyClient).findFirst().orElseThrow();
        assertThat(row.getJsonNumber("amountDue").bigDecimalValue()).isEqualByComparingTo("210.00");
        assertThat(row.getString("stage")).isEqualTo("CUSTOMER");
        long paidClient = invoices.get(0).getJsonNumber("clientId").longValue();
        assertThat(manager.get("/api/v1/clients/" + paidClient + "/rewards").json().getInt("available"))
                .isGreaterThanOrEqualTo(150);
    }

    /** The {@code count} documents with the lowest numbers, lowest first (the list is newest first). */
    private List<JsonObject> oldest(String path, int count) {
        long total = manager.get(path + "?size=1").json().getJsonNumber("total").longValue();
        assertThat(total).as(path).isGreaterThanOrEqualTo(count);
        List<JsonObject> items = new ArrayList<>();
        for (long page = total - 1; page > total - 1 - count; page--) {
            items.add(manager.get(path + "?size=1&page=" + page).json().getJsonArray("items").getJsonObject(0));
        }
        return items;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
