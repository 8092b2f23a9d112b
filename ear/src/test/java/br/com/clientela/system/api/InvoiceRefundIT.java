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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Giving a payment back (estorno): the invoice owes the amount again, a REFUND transaction mirrors the payment,
 * a wallet payment goes back into the wallet, the client's total spent goes down; once only, with a reason, by a
 * manager, never on another company's invoice.
 */
@ExtendWith(DeployedClientela.class)
class InvoiceRefundIT {

    private static final String KEY = "Idempotency-Key";

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);
    private final Api manager = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD);

    @Test
    void aRefundedPixPaymentIsDueAgainAndLeavesTheAccountAsARefundTransaction() {
        long client = ClientData.person(PETHOTEL_STAFF, "Estorno " + ClientData.uniqueWord()).id();
        long invoice = issue(client, "150.00");
        long payment = pay(invoice, "100.00", "PIX");

        Api.Reply refunded = manager.post(refund(invoice, payment), "{\"reason\": \"Cobrança em duplicidade\"}");

        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(200);
        assertThat(refunded.json().getString("invoiceStatus")).isEqualTo("PENDING");
        assertThat(refunded.json().getJsonNumber("amountDue").bigDecimalValue()).isEqualByComparingTo("150.00");
        JsonObject row = staff.get("/api/v1/invoices/" + invoice + "/payments").json().getJsonArray("items")
                .getJsonObject(0);
        assertThat(row.getString("refundReason")).isEqualTo("Cobrança em duplicidade");
        assertThat(row.getString("refundedBy")).isEqualTo(PETHOTEL_MANAGER);
        List<JsonObject> moves = transactions(client);
        assertThat(moves).extracting(m -> m.getString("categoryName") + " " + m.getJsonNumber("amount")
                .bigDecimalValue().toPlainString()).containsExactlyInAnyOrder("Pagamento de fatura 100.00",
                        "Estorno -100.00");
        assertThat(summary(client).getJsonNumber("totalSpent").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(summary(client).getJsonArray("lastPayments")).isEmpty();

        Api.Reply again = manager.post(refund(invoice, payment), "{\"reason\": \"De novo\"}");
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(transactions(client)).hasSize(2);
    }

    @Test
    void aRefundedWalletPaymentGoesBackIntoTheWallet() {
        long client = ClientData.person(PETHOTEL_STAFF, "Estorno carteira " + ClientData.uniqueWord()).id();
        Api.Reply topUp = staff.post("/api/v1/clients/" + client + "/wallet/credit",
                "{\"amount\": \"60.00\", \"method\": \"CASH\"}", KEY, UUID.randomUUID().toString());
        assertThat(topUp.status()).as(topUp.toString()).isEqualTo(201);
        long invoice = issue(client, "60.00");
        long payment = pay(invoice, "60.00", "WALLET");
        assertThat(wallet(client)).isEqualTo("0.00");

        Api.Reply refunded = manager.post(refund(invoice, payment), "{\"reason\": \"Serviço não prestado\"}");

        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(200);
        assertThat(wallet(client)).isEqualTo("60.00");
        assertThat(staff.get("/api/v1/invoices/" + invoice).json().getString("status")).isEqualTo("PENDING");
    }

    @Test
    void refusalsMoveNothing() {
        long client = ClientData.person(PETHOTEL_STAFF, "Estorno recusado " + ClientData.uniqueWord()).id();
        long invoice = issue(client, "90.00");
        long payment = pay(invoice, "90.00", "CASH");

        Api.Reply noReason = manager.post(refund(invoice, payment), "{}");
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(422);
        assertThat(noReason.body()).contains("reason").contains("Informe o motivo do estorno.");

        assertThat(staff.post(refund(invoice, payment), "{\"reason\": \"Sem permissão\"}").status()).isEqualTo(403);

        Api.Reply otherCompany = Api.as(CLINICA_ADMIN, DEMO_PASSWORD).post(refund(invoice, payment),
                "{\"reason\": \"Alheio\"}");
        assertThat(otherCompany.status()).as(otherCompany.toString()).isEqualTo(404);

        long otherInvoice = issue(client, "10.00");
        assertThat(manager.post(refund(otherInvoice, payment), "{\"reason\": \"Fatura errada\"}").status())
                .isEqualTo(404);

        assertThat(staff.get("/api/v1/invoices/" + invoice).json().getString("status")).isEqualTo("PAID");
        assertThat(transactions(client)).hasSize(1);
    }

    private long issue(long client, String price) {
        Api.Reply issued = staff.post("/api/v1/invoices", "{\"clientId\": " + client + ", \"dueDate\": \""
                + LocalDate.now().plusDays(10) + "\", \"lines\": [{\"description\": \"Diária\", \"unitPrice\": "
                + price + "}]}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return issued.json().getJsonNumber("id").longValue();
    }

    private long pay(long invoice, String amount, String method) {
        Api.Reply paid = staff.post("/api/v1/invoices/" + invoice + "/payments", "{\"amount\": " + amount
                + ", \"method\": \"" + method + "\"}", KEY, UUID.randomUUID().toString());
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        return paid.json().getJsonObject("payment").getJsonNumber("id").longValue();
    }

    private static String refund(long invoice, long payment) {
        return "/api/v1/invoices/" + invoice + "/payments/" + payment + "/refund";
    }

    private List<JsonObject> transactions(long client) {
        return staff.get("/api/v1/transactions?clientId=" + client).json().getJsonArray("items")
                .getValuesAs(JsonValue::asJsonObject).stream()
                .filter(m -> !m.getString("categoryName").contains("carteira")).toList();
    }

    private JsonObject summary(long client) {
        return staff.get("/api/v1/clients/" + client + "/financial-summary").json();
    }

    private String wallet(long client) {
        return staff.get("/api/v1/clients/" + client + "/wallet").json().getJsonNumber("balance").bigDecimalValue()
                .toPlainString();
    }
}
