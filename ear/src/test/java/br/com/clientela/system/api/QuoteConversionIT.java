package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_MANAGER;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An accepted quote converted into an order over the API (POST /quotes/{id}/convert {"target": "ORDER"}): the
 * order has the quote's lines and total and names the quote; the quote is CONVERTED with a link to the order; and
 * only once, only from ACCEPTED, only within the caller's company — a refusal makes nothing.
 */
@ExtendWith(DeployedClientela.class)
class QuoteConversionIT {

    private static final String QUOTES = "/api/v1/quotes";

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void anAcceptedQuoteBecomesAnOrderWithItsLinesAndTheQuoteKeepsTheLink() {
        long client = client();
        long item = catalogItem("Hospedagem " + ClientData.uniqueWord(), "120.00");
        JsonObject quote = accepted(client, "{\"catalogItemId\": " + item + ", \"quantity\": 2, \"discount\": 15}",
                "{\"description\": \"Transporte\", \"quantity\": 1, \"unitPrice\": 35.50}");
        long quoteId = quote.getJsonNumber("id").longValue();
        long quoteNumber = quote.getJsonNumber("number").longValue();

        Api.Reply converted = staff.post(QUOTES + "/" + quoteId + "/convert", "{\"target\": \"ORDER\"}");

        assertThat(converted.status()).as(converted.toString()).isEqualTo(201);
        JsonObject order = converted.json();
        long orderId = order.getJsonNumber("id").longValue();
        assertThat(converted.header("Location")).endsWith("/api/v1/orders/" + orderId);
        // 2 × 120,00 − 15,00 + 35,50
        assertThat(order.getJsonNumber("total").toString()).isEqualTo("260.50");
        assertThat(order.getJsonNumber("total").bigDecimalValue())
                .isEqualByComparingTo(quote.getJsonNumber("total").bigDecimalValue());
        assertThat(order.getJsonNumber("clientId").longValue()).isEqualTo(client);
        assertThat(order.getJsonNumber("sourceQuoteId").longValue()).isEqualTo(quoteId);
        assertThat(order.getJsonNumber("sourceQuoteNumber").longValue()).isEqualTo(quoteNumber);
        assertThat(order.getString("notes")).isEqualTo("Conforme orçamento nº " + quoteNumber + ".");
        JsonObject read = staff.get("/api/v1/orders/" + orderId).json();
        List<JsonObject> lines = read.getJsonArray("lines").getValuesAs(JsonValue::asJsonObject);
        List<JsonObject> quoteLines = quote.getJsonArray("lines").getValuesAs(JsonValue::asJsonObject);
        assertThat(lines).extracting(l -> l.getString("description"))
                .containsExactly(quoteLines.get(0).getString("description"), "Transporte");
        assertThat(lines).extracting(l -> l.getJsonNumber("total").toString()).containsExactly("225.00", "35.50");
        assertThat(lines.get(0).getJsonNumber("catalogItemId").longValue()).isEqualTo(item);
        assertThat(read.getJsonNumber("itemCount").bigDecimalValue()).isEqualByComparingTo("3");

        JsonObject after = staff.get(QUOTES + "/" + quoteId).json();
        assertThat(after.getString("status")).isEqualTo("CONVERTED");
        assertThat(after.getString("convertedTo")).isEqualTo("ORDER");
        assertThat(after.getJsonNumber("convertedId").longValue()).isEqualTo(orderId);
        assertThat(after.getString("convertedNumber")).isEqualTo(order.getJsonNumber("number").toString());
        List<JsonObject> history = staff.get(QUOTES + "/" + quoteId + "/history").json().getJsonArray("items")
                .getValuesAs(JsonValue::asJsonObject);
        assertThat(history.get(history.size() - 1).getString("reason"))
                .isEqualTo("Convertido em pedido nº " + order.getJsonNumber("number") + ".");
    }

    @Test
    void convertingAgainIsRefusedAndMakesNoSecondOrderNorAnInvoice() {
        long client = client();
        long quoteId = id(accepted(client, "{\"description\": \"Banho\", \"unitPrice\": 50}"));
        Api.Reply first = staff.post(QUOTES + "/" + quoteId + "/convert", "{\"target\": \"ORDER\"}");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String orderNumber = first.json().getJsonNumber("number").toString();

        Api.Reply again = staff.post(QUOTES + "/" + quoteId + "/convert", "{\"target\": \"ORDER\"}");
        Api.Reply intoInvoice = staff.post(QUOTES + "/" + quoteId + "/convert", "{\"target\": \"INVOICE\"}");

        assertConflict(again, "Este orçamento já foi convertido em pedido nº " + orderNumber + ".");
        assertConflict(intoInvoice, "Este orçamento já foi convertido em pedido nº " + orderNumber + ".");
        assertThat(ordersOf(client)).isEqualTo(1);
        assertThat(invoicesOf(client)).isZero();
    }

    @Test
    void aSentQuoteIsRefusedAndNothingIsMade() {
        long client = client();
        long quoteId = draft(client, "{\"description\": \"Tosa\", \"unitPrice\": 60}");
        assertThat(staff.post(QUOTES + "/" + quoteId + "/send", "{}").status()).isEqualTo(200);

        Api.Reply refused = staff.post(QUOTES + "/" + quoteId + "/convert", "{\"target\": \"ORDER\"}");

        assertConflict(refused, "Este orçamento está Enviado e não pode ser convertido.");
        assertThat(staff.get(QUOTES + "/" + quoteId).json().getString("status")).isEqualTo("SENT");
        assertThat(ordersOf(client)).isZero();
    }

    @Test
    void anotherCompanysQuoteIsNotFoundAndStaysAccepted() {
        long client = client();
        long quoteId = id(accepted(client, "{\"description\": \"Creche\", \"unitPrice\": 80}"));

        Api.Reply foreign = Api.as(CLINICA_ADMIN, DEMO_PASSWORD)
                .post(QUOTES + "/" + quoteId + "/convert", "{\"target\": \"ORDER\"}");

        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        assertThat(foreign.header("Content-Type")).startsWith("application/problem+json");
        assertThat(staff.get(QUOTES + "/" + quoteId).json().getString("status")).isEqualTo("ACCEPTED");
        assertThat(ordersOf(client)).isZero();
    }

    @Test
    void aTargetIsRequiredAndADueDateIsOnlyForAnInvoice() {
        long client = client();
        long quoteId = id(accepted(client, "{\"description\": \"Adestramento\", \"unitPrice\": 200}"));

        Api.Reply none = staff.post(QUOTES + "/" + quoteId + "/convert", "{}");
        Api.Reply unknown = staff.post(QUOTES + "/" + quoteId + "/convert", "{\"target\": \"PEDIDO\"}");
        Api.Reply dated = staff.post(QUOTES + "/" + quoteId + "/convert", "{\"target\": \"ORDER\", \"dueDate\": \""
                + LocalDate.now().plusDays(5) + "\"}");

        assertThat(none.status()).as(none.toString()).isEqualTo(422);
        assertThat(ClientRecordIT.errors(none).get("target")).contains("ORDER").contains("INVOICE");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
        assertThat(ClientRecordIT.errors(unknown)).containsKey("target");
        assertThat(dated.status()).as(dated.toString()).isEqualTo(422);
        assertThat(ClientRecordIT.errors(dated).get("dueDate")).contains("fatura");
        assertThat(staff.get(QUOTES + "/" + quoteId).json().getString("status")).isEqualTo("ACCEPTED");
        assertThat(ordersOf(client)).isZero();
    }

    private JsonObject accepted(long client, String... lines) {
        long id = draft(client, lines);
        Api.Reply sent = staff.post(QUOTES + "/" + id + "/send", "{}");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        Api.Reply accepted = staff.post(QUOTES + "/" + id + "/accept", "{}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        return accepted.json();
    }

    private long draft(long client, String... lines) {
        Api.Reply created = staff.post(QUOTES, QuotesApiIT.body(client, LocalDate.now().plusDays(20).toString(), null,
                lines));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return id(created.json());
    }

    private long ordersOf(long client) {
        return staff.get("/api/v1/orders?clientId=" + client).json().getJsonNumber("total").longValue();
    }

    private long invoicesOf(long client) {
        return staff.get("/api/v1/invoices?clientId=" + client).json().getJsonNumber("total").longValue();
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    private static long client() {
        return ClientData.person(PETHOTEL_STAFF, "Conversão " + ClientData.uniqueWord()).id();
    }

    private static long catalogItem(String name, String price) {
        Api.Reply created = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD).post("/api/v1/catalog",
                "{\"kind\":\"SERVICE\",\"name\":\"" + name + "\",\"unitPrice\":" + price + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return id(created.json());
    }

    private static void assertConflict(Api.Reply reply, String message) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().getString("detail")).startsWith(message);
    }
}
