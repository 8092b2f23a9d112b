package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_MANAGER;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Money is counted once, over the API: one client pays an invoice in cash and one by PIX, tops up the wallet, redeems
 * points into it, pays an invoice from the wallet and has the cash payment refunded. The transactions' totals and
 * the financial summary say what came into the company's accounts (R$ 350,00: cash, PIX, top-up) and what left
 * them (R$ 100,00: the refund) — not the R$ 503,00 and more that adding every row would give.
 */
@ExtendWith(DeployedClientela.class)
class MoneyCountedOnceIT {

    private static final String KEY = "Idempotency-Key";

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void aMixedHistoryCountsOnlyWhatCameIntoAndLeftTheCompanysAccounts() {
        long client = ClientData.person(PETHOTEL_STAFF, "Conta " + ClientData.uniqueWord()).id();
        long cashInvoice = issue(client, "100.00");
        long cashPayment = pay(cashInvoice, "100.00", "CASH");
        pay(issue(client, "100.00"), "100.00", "PIX");
        created(staff.post("/api/v1/clients/" + client + "/wallet/credit", "{\"amount\": \"150.00\", \"method\": \"PIX\"}",
                KEY, key()));
        int rate = staff.get(rewards(client)).json().getInt("redemptionRate");
        created(staff.post(rewards(client) + "/grant", "{\"points\": " + rate * 3 + ", \"reason\": \"Indicação\"}"));
        Api.Reply redeemed = staff.post(rewards(client) + "/redeem", "{\"points\": " + rate * 3 + "}", KEY, key());
        assertThat(redeemed.status()).as(redeemed.toString()).isIn(200, 201);
        assertThat(redeemed.json().getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("3.00");
        pay(issue(client, "153.00"), "153.00", "WALLET");
        Api.Reply refunded = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD).post("/api/v1/invoices/" + cashInvoice
                + "/payments/" + cashPayment + "/refund", "{\"reason\": \"Cobrado em duplicidade\"}");
        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(200);

        Api.Reply page = staff.get("/api/v1/transactions?clientId=" + client);
        JsonObject summary = staff.get("/api/v1/clients/" + client + "/financial-summary").json();

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        JsonObject totals = page.json().getJsonObject("totals");
        assertThat(page.json().getInt("total")).isEqualTo(6);
        assertThat(money(totals, "moneyIn")).as(page.toString()).isEqualByComparingTo("350.00");
        assertThat(money(totals, "moneyOut")).isEqualByComparingTo("100.00");
        assertThat(money(totals, "net")).isEqualByComparingTo("250.00");
        assertThat(money(summary, "totalSpent")).isEqualByComparingTo("250.00");
        assertThat(money(summary, "walletBalance")).isEqualByComparingTo("0.00");
        assertThat(money(summary, "amountDue")).isEqualByComparingTo("100.00");
        // The wallet's account holds prepaid money: its movements are listed, never counted as money in or out.
        long wallets = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD).get("/api/v1/financial-accounts").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> "WALLET".equals(a.getString("code", null))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonObject inTheWallet = staff.get("/api/v1/transactions?clientId=" + client + "&accountId=" + wallets).json();
        assertThat(inTheWallet.getInt("total")).isEqualTo(2);
        assertThat(money(inTheWallet.getJsonObject("totals"), "moneyIn")).isEqualByComparingTo("0.00");
    }

    private long issue(long client, String price) {
        return created(staff.post("/api/v1/invoices", "{\"clientId\": " + client + ", \"dueDate\": \""
                + LocalDate.now().plusDays(10) + "\", \"lines\": [{\"description\": \"Diária\", \"unitPrice\": "
                + price + "}]}"));
    }

    private long pay(long invoice, String amount, String method) {
        Api.Reply paid = staff.post("/api/v1/invoices/" + invoice + "/payments", "{\"amount\": " + amount
                + ", \"method\": \"" + method + "\"}", KEY, key());
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        return paid.json().getJsonObject("payment").getJsonNumber("id").longValue();
    }

    private static long created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().containsKey("id") ? reply.json().getJsonNumber("id").longValue() : 0;
    }

    private static String rewards(long client) {
        return "/api/v1/clients/" + client + "/rewards";
    }

    private static BigDecimal money(JsonObject object, String field) {
        return object.getJsonNumber(field).bigDecimalValue();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
