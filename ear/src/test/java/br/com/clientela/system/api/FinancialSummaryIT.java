package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client's financial summary over the API: what they paid, owe and hold, the open invoices oldest due first,
 * the last payments newest first; a client who bought becomes a customer; another company cannot read it.
 */
@ExtendWith(DeployedClientela.class)
class FinancialSummaryIT {

    private static final String KEY = "Idempotency-Key";

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void aNewClientHasAnEmptySummaryAndIsAContact() {
        long client = ClientData.person(PETHOTEL_STAFF, "Sem compras " + ClientData.uniqueWord()).id();

        JsonObject summary = summary(client);

        assertThat(summary.getJsonNumber("totalSpent").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(summary.getJsonNumber("amountDue").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(summary.getJsonNumber("openInvoiceCount").longValue()).isZero();
        assertThat(summary.getJsonArray("openInvoices")).isEmpty();
        assertThat(summary.getJsonArray("lastPayments")).isEmpty();
        assertThat(summary.getJsonNumber("walletBalance").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(staff.get("/api/v1/clients/" + client).json().getString("stage")).isEqualTo("CONTACT");
    }

    @Test
    void paymentsInvoicesAndTheWalletAddUpAndTheClientBecomesACustomer() {
        long client = ClientData.person(PETHOTEL_STAFF, "Com compras " + ClientData.uniqueWord()).id();
        LocalDate today = LocalDate.now();
        long later = issue(client, today.plusDays(20), "300.00");
        long sooner = issue(client, today.plusDays(5), "150.00");
        long paid = issue(client, today, "80.00");
        pay(paid, "80.00", "CASH");
        pay(sooner, "50.00", "PIX");
        Api.Reply topUp = staff.post("/api/v1/clients/" + client + "/wallet/credit",
                "{\"amount\": \"40.00\", \"method\": \"PIX\"}", KEY, UUID.randomUUID().toString());
        assertThat(topUp.status()).as(topUp.toString()).isEqualTo(201);

        JsonObject summary = summary(client);

        // What came in: R$ 80,00 cash, R$ 50,00 PIX and the R$ 40,00 top-up.
        assertThat(summary.getJsonNumber("totalSpent").bigDecimalValue()).isEqualByComparingTo("170.00");
        assertThat(summary.getJsonNumber("amountDue").bigDecimalValue()).isEqualByComparingTo("400.00");
        assertThat(summary.getJsonNumber("openInvoiceCount").longValue()).isEqualTo(2);
        assertThat(summary.getJsonArray("openInvoices").getValuesAs(JsonObject.class))
                .extracting(open -> open.getJsonNumber("id").longValue()).containsExactly(sooner, later);
        assertThat(summary.getJsonArray("openInvoices").getJsonObject(0).getJsonNumber("amountDue").bigDecimalValue())
                .isEqualByComparingTo("100.00");
        assertThat(summary.getJsonArray("lastPayments").getValuesAs(JsonObject.class))
                .extracting(p -> p.getJsonNumber("amount").bigDecimalValue().toPlainString())
                .containsExactlyInAnyOrder("80.00", "50.00");
        assertThat(summary.getJsonNumber("walletBalance").bigDecimalValue()).isEqualByComparingTo("40.00");
        assertThat(staff.get("/api/v1/clients/" + client).json().getString("stage")).isEqualTo("CUSTOMER");
    }

    @Test
    void anotherCompanysClientIsNotFound() {
        long client = ClientData.person(PETHOTEL_STAFF, "Alheio " + ClientData.uniqueWord()).id();

        Api.Reply reply = Api.as(CLINICA_ADMIN, DEMO_PASSWORD).get("/api/v1/clients/" + client + "/financial-summary");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).contains("application/problem+json");
        assertThat(staff.get("/api/v1/clients/999999999/financial-summary").status()).isEqualTo(404);
    }

    private JsonObject summary(long client) {
        Api.Reply reply = staff.get("/api/v1/clients/" + client + "/financial-summary");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private long issue(long client, LocalDate due, String price) {
        Api.Reply issued = staff.post("/api/v1/invoices", "{\"clientId\": " + client + ", \"issueDate\": \""
                + LocalDate.now() + "\", \"dueDate\": \"" + due + "\", \"lines\": [{\"description\": \"Diária\", "
                + "\"unitPrice\": " + price + "}]}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return issued.json().getJsonNumber("id").longValue();
    }

    private void pay(long invoice, String amount, String method) {
        Api.Reply paid = staff.post("/api/v1/invoices/" + invoice + "/payments", "{\"amount\": " + amount
                + ", \"method\": \"" + method + "\"}", KEY, UUID.randomUUID().toString());
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
    }
}
