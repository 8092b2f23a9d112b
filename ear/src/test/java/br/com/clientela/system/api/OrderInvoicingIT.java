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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An order invoiced over the API (POST /orders/{id}/invoice {"dueDate"?}): the invoice has the order's lines and
 * total and names the order as its source; an order is invoiced once (again only after its invoice is cancelled),
 * never when cancelled, never from another company; a due date before the issue date (today) is refused. A refusal
 * issues nothing.
 */
@ExtendWith(DeployedClientela.class)
class OrderInvoicingIT {

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void anOrderIsInvoicedWithItsLinesAndTotalAndTheInvoiceNamesTheOrder() {
        long client = client();
        long item = catalogItem("Diária " + ClientData.uniqueWord(), "90.00");
        JsonObject order = order(client, "{\"catalogItemId\":" + item + ",\"quantity\":3,\"discount\":20},"
                + "{\"description\":\"Ração a granel\",\"quantity\":1.5,\"unitPrice\":19.99}");
        long orderId = id(order);
        LocalDate due = LocalDate.now().plusDays(10);

        Api.Reply issued = staff.post(invoiceOf(orderId), "{\"dueDate\":\"" + due + "\"}");

        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        JsonObject invoice = issued.json();
        long invoiceId = id(invoice);
        assertThat(issued.header("Location")).endsWith("/api/v1/invoices/" + invoiceId);
        // 3 × 90,00 − 20,00 + 1,5 × 19,99 (29,985 → 29,98)
        assertThat(invoice.getJsonNumber("total").toString()).isEqualTo("279.98");
        assertThat(invoice.getJsonNumber("total").bigDecimalValue())
                .isEqualByComparingTo(order.getJsonNumber("total").bigDecimalValue());
        assertThat(invoice.getString("status")).isEqualTo("PENDING");
        assertThat(invoice.getString("dueDate")).isEqualTo(due.toString());
        assertThat(invoice.getString("issueDate")).isEqualTo(LocalDate.now().toString());
        assertThat(invoice.getJsonNumber("clientId").longValue()).isEqualTo(client);
        assertThat(invoice.getString("sourceType")).isEqualTo("ORDER");
        assertThat(invoice.getJsonNumber("sourceId").longValue()).isEqualTo(orderId);
        assertThat(invoice.getJsonNumber("sourceNumber").longValue()).isEqualTo(order.getJsonNumber("number").longValue());
        assertThat(invoice.getString("notes")).isEqualTo("Conforme pedido nº " + order.getJsonNumber("number") + ".");
        List<JsonObject> lines = invoice.getJsonArray("lines").getValuesAs(JsonValue::asJsonObject);
        List<JsonObject> orderLines = order.getJsonArray("lines").getValuesAs(JsonValue::asJsonObject);
        assertThat(lines).extracting(l -> l.getString("description"))
                .containsExactlyElementsOf(orderLines.stream().map(l -> l.getString("description")).toList());
        assertThat(lines).extracting(l -> l.getJsonNumber("total").toString()).containsExactly("250.00", "29.98");

        Api.Reply link = staff.get(invoiceOf(orderId));
        assertThat(link.status()).as(link.toString()).isEqualTo(200);
        assertThat(id(link.json())).isEqualTo(invoiceId);
        assertThat(link.json().getJsonNumber("number")).isEqualTo(invoice.getJsonNumber("number"));
    }

    @Test
    void anOrderIsInvoicedOnceAndAgainOnlyAfterItsInvoiceIsCancelled() {
        long client = client();
        long orderId = id(order(client, "{\"description\":\"Tosa\",\"unitPrice\":60}"));
        Api.Reply first = staff.post(invoiceOf(orderId), "{}");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);

        Api.Reply twice = staff.post(invoiceOf(orderId), "{}");

        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.header("Content-Type")).startsWith("application/problem+json");
        assertThat(twice.json().getString("detail")).contains("já foi faturado")
                .contains("fatura nº " + first.json().getJsonNumber("number"));
        assertThat(invoicesOf(client)).isEqualTo(1);

        Api.Reply cancelled = staff.post("/api/v1/invoices/" + id(first.json()) + "/cancel",
                "{\"reason\":\"Emitida com o vencimento errado\"}");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(staff.get(invoiceOf(orderId)).status()).isEqualTo(404);
        Api.Reply again = staff.post(invoiceOf(orderId), "{}");
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(id(staff.get(invoiceOf(orderId)).json())).isEqualTo(id(again.json()));
    }

    @Test
    void fourClicksAtOnceMakeOneInvoice() throws Exception {
        long client = client();
        long orderId = id(order(client, "{\"description\":\"Pacote mensal\",\"unitPrice\":400}"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return staff.post(invoiceOf(orderId), "{}").status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> reply : replies) {
                statuses.add(reply.get(60, TimeUnit.SECONDS));
            }

            assertThat(statuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(invoicesOf(client)).isEqualTo(1);
    }

    @Test
    void aCancelledOrderIsNotInvoiced() {
        long client = client();
        long orderId = id(order(client, "{\"description\":\"Banho\",\"unitPrice\":45}"));
        long cancelledStatus = OrdersApiIT.idNamed(staff.get("/api/v1/order-statuses").json(), "Cancelado");
        Api.Reply moved = staff.post("/api/v1/orders/" + orderId + "/status", "{\"statusId\":" + cancelledStatus + "}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        Api.Reply refused = staff.post(invoiceOf(orderId), "{}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("Cancelado").contains("não pode ser faturado");
        assertThat(invoicesOf(client)).isZero();
    }

    @Test
    void anOrderAlreadyPaidIsNotInvoicedSoItsMoneyCountsOnce() {
        long client = client();
        long orderId = id(order(client, "{\"description\":\"Hospedagem\",\"unitPrice\":200}"));
        long paidStatus = OrdersApiIT.idNamed(staff.get("/api/v1/order-statuses").json(), "Pago");
        Api.Reply moved = staff.post("/api/v1/orders/" + orderId + "/status", "{\"statusId\":" + paidStatus + "}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        Api.Reply refused = staff.post(invoiceOf(orderId), "{}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("já foi pago");
        assertThat(invoicesOf(client)).isZero();
        assertThat(staff.get("/api/v1/clients/" + client + "/financial-summary").json().getJsonNumber("totalSpent")
                .bigDecimalValue()).isEqualByComparingTo("200.00");
    }

    @Test
    void anotherCompanysOrderIsNotFound() {
        long client = client();
        long orderId = id(order(client, "{\"description\":\"Creche\",\"unitPrice\":70}"));
        Api clinica = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);

        Api.Reply foreign = clinica.post(invoiceOf(orderId), "{}");

        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        assertThat(foreign.header("Content-Type")).startsWith("application/problem+json");
        assertThat(clinica.get(invoiceOf(orderId)).status()).isEqualTo(404);
        assertThat(invoicesOf(client)).isZero();
    }

    @Test
    void aDueDateBeforeTodayIsRefusedAndNoDueDateIsTheClientsTerm() {
        long client = client();
        long orderId = id(order(client, "{\"description\":\"Hidratação\",\"unitPrice\":55}"));

        Api.Reply past = staff.post(invoiceOf(orderId), "{\"dueDate\":\"" + LocalDate.now().minusDays(1) + "\"}");

        assertThat(past.status()).as(past.toString()).isEqualTo(422);
        assertThat(past.header("Content-Type")).startsWith("application/problem+json");
        assertThat(ClientRecordIT.errors(past).get("dueDate")).contains("não pode ser antes da emissão");
        assertThat(invoicesOf(client)).isZero();

        // The client has no payment term: due on the day it is issued.
        Api.Reply noDate = staff.post(invoiceOf(orderId), "{}");
        assertThat(noDate.status()).as(noDate.toString()).isEqualTo(201);
        assertThat(noDate.json().getString("dueDate")).isEqualTo(LocalDate.now().toString());
    }

    private JsonObject order(long client, String lines) {
        Api.Reply created = staff.post("/api/v1/orders", "{\"clientId\":" + client + ",\"lines\":[" + lines + "]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private long invoicesOf(long client) {
        return staff.get("/api/v1/invoices?clientId=" + client).json().getJsonNumber("total").longValue();
    }

    private static String invoiceOf(long orderId) {
        return "/api/v1/orders/" + orderId + "/invoice";
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    private static long client() {
        return ClientData.person(PETHOTEL_STAFF, "Faturamento " + ClientData.uniqueWord()).id();
    }

    private static long catalogItem(String name, String price) {
        Api.Reply created = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD).post("/api/v1/catalog",
                "{\"kind\":\"SERVICE\",\"name\":\"" + name + "\",\"unitPrice\":" + price + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return id(created.json());
    }
}
