package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_MANAGER;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.Problems;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Transactions over the API: wallet movements appear with their category and account, the filters and their totals
 * agree, manual adjustments refuse bad input field by field (422), another company's category, account or client is
 * refused, a STAFF member cannot adjust (403), and categories and accounts keep unique names and their system ones.
 */
@ExtendWith(DeployedClientela.class)
class TransactionsApiIT {

    private static final String KEY = "Idempotency-Key";

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);
    private final Api manager = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD);
    private final Api clinica = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);

    @Test
    void walletCreditAndDebitAppearWithTheirCategoryAndAccount() {
        long id = client();
        long cash = systemId(staff, "/api/v1/financial-accounts", "CASH");
        credit(id, "100.00", "CASH", cash);
        Api.Reply debit = staff.post(wallet(id) + "/debit", "{\"amount\": 30, \"reason\": \"Banho\"}", KEY, key());
        assertThat(debit.status()).as(debit.toString()).isEqualTo(201);

        JsonObject page = staff.get("/api/v1/transactions?clientId=" + id).json();

        assertThat(page.getInt("total")).isEqualTo(2);
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonValue::asJsonObject);
        JsonObject newest = items.get(0);
        assertThat(newest.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("-30.00");
        assertThat(newest.getJsonNumber("categoryId").longValue())
                .isEqualTo(systemId(staff, "/api/v1/transaction-categories", "WALLET_DEBIT"));
        assertThat(newest.getJsonNumber("accountId").longValue())
                .isEqualTo(systemId(staff, "/api/v1/financial-accounts", "WALLET"));
        assertThat(newest.getString("method")).isEqualTo("WALLET");
        assertThat(newest.getString("description")).isEqualTo("Banho");
        assertThat(newest.getString("actor")).isEqualTo(PETHOTEL_STAFF);
        JsonObject oldest = items.get(1);
        assertThat(oldest.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("100.00");
        assertThat(oldest.getJsonNumber("categoryId").longValue())
                .isEqualTo(systemId(staff, "/api/v1/transaction-categories", "WALLET_TOP_UP"));
        assertThat(oldest.getJsonNumber("accountId").longValue()).isEqualTo(cash);
        assertThat(oldest.getString("accountName")).isNotBlank();
        assertThat(oldest.getString("clientName")).startsWith("Movimento ");
    }

    @Test
    void filtersAndTheirTotalsAgreeForAPeriodACategoryAMethodAndAClient() {
        long id = client();
        long other = client();
        credit(id, "100.00", "PIX", null);
        credit(id, "50.50", "CASH", null);
        staff.post(wallet(id) + "/debit", "{\"amount\": 30.25, \"reason\": \"Hotel\"}", KEY, key());
        credit(other, "70.00", "PIX", null);
        long topUp = systemId(staff, "/api/v1/transaction-categories", "WALLET_TOP_UP");
        String today = LocalDate.now().toString();
        String tomorrow = LocalDate.now().plusDays(1).toString();

        // The debit moves money within the clients' wallets account: listed, not money out of the company.
        assertTotals(staff.get("/api/v1/transactions?clientId=" + id), "150.50", "0.00", "150.50", 3);
        assertTotals(staff.get("/api/v1/transactions?clientId=" + id + "&categoryId=" + topUp), "150.50", "0.00",
                "150.50", 2);
        assertTotals(staff.get("/api/v1/transactions?clientId=" + id + "&method=CASH"), "50.50", "0.00", "50.50", 1);
        assertTotals(staff.get("/api/v1/transactions?clientId=" + id + "&from=" + today + "&to=" + today), "150.50",
                "0.00", "150.50", 3);
        assertTotals(staff.get("/api/v1/transactions?clientId=" + id + "&from=" + tomorrow), "0.00", "0.00", "0.00",
                0);
        JsonObject paged = staff.get("/api/v1/transactions?clientId=" + id + "&page=1&size=2").json();
        assertThat(paged.getJsonArray("items")).hasSize(1);
        assertThat(paged.getInt("total")).isEqualTo(3);

        Api.Reply unreadable = staff.get("/api/v1/transactions?from=ontem&method=CHEQUE&clientId=x&to=" + today);
        assertThat(unreadable.status()).as(unreadable.toString()).isEqualTo(422);
        assertThat(Problems.errors(unreadable)).containsKeys("from", "method", "clientId");
        Problems.assertRefused(staff.get("/api/v1/transactions?from=" + tomorrow + "&to=" + today), "to", "antes do início");
    }

    @Test
    void aManagerAdjustmentIsRecordedWithTheDefaultCategoryOrTheCompanysOwn() {
        long id = client();
        long own = created(manager.post("/api/v1/transaction-categories",
                "{\"name\": \"Quebra de caixa " + UUID.randomUUID().toString().substring(0, 8) + "\"}"));

        Api.Reply plain = manager.post("/api/v1/transactions", adjustment(id, null, "-12.30", "CASH", null,
                "Troco errado"));
        Api.Reply ownCategory = manager.post("/api/v1/transactions", adjustment(id, own, "5", "PIX", null,
                "Sobra conferida"));

        assertThat(plain.status()).as(plain.toString()).isEqualTo(201);
        assertThat(plain.json().getJsonNumber("categoryId").longValue())
                .isEqualTo(systemId(staff, "/api/v1/transaction-categories", "ADJUSTMENT"));
        assertThat(plain.json().getJsonNumber("accountId").longValue())
                .isEqualTo(systemId(staff, "/api/v1/financial-accounts", "CASH"));
        assertThat(ownCategory.status()).as(ownCategory.toString()).isEqualTo(201);
        assertThat(ownCategory.json().getJsonNumber("categoryId").longValue()).isEqualTo(own);
        assertTotals(staff.get("/api/v1/transactions?clientId=" + id), "5.00", "12.30", "-7.30", 2);
    }

    @Test
    void badAdjustmentsAreRefusedFieldByFieldAndNothingIsRecorded() {
        long id = client();
        long payment = systemId(staff, "/api/v1/transaction-categories", "PAYMENT");
        long walletAccount = systemId(staff, "/api/v1/financial-accounts", "WALLET");

        Problems.assertRefused(manager.post("/api/v1/transactions", adjustment(id, null, "0", "CASH", null, "x")), "amount",
                "não pode ser zero");
        Problems.assertRefused(manager.post("/api/v1/transactions", adjustment(id, null, "1.005", "CASH", null, "x")),
                "amount", "2 casas decimais");
        Problems.assertRefused(manager.post("/api/v1/transactions", adjustment(id, null, "10", "CHEQUE", null, "x")), "method",
                "");
        Problems.assertRefused(manager.post("/api/v1/transactions", adjustment(id, null, "10", "WALLET", null, "x")), "method",
                "Carteira");
        Problems.assertRefused(manager.post("/api/v1/transactions", adjustment(id, 999_999_999L, "10", "CASH", null, "x")),
                "categoryId", "Categoria não encontrada");
        Problems.assertRefused(manager.post("/api/v1/transactions", adjustment(id, payment, "10", "CASH", null, "x")),
                "categoryId", "lançada pelo sistema");
        Problems.assertRefused(manager.post("/api/v1/transactions", adjustment(id, null, "10", "CASH", 999_999_999L, "x")),
                "accountId", "Conta financeira não encontrada");
        Problems.assertRefused(manager.post("/api/v1/transactions", adjustment(id, null, "10", "CASH", walletAccount, "x")),
                "accountId", "Carteira");
        Api.Reply everything = manager.post("/api/v1/transactions", "{}");
        assertThat(everything.status()).as(everything.toString()).isEqualTo(422);
        assertThat(Problems.errors(everything)).containsKeys("clientId", "amount", "method", "description");

        assertThat(staff.get("/api/v1/transactions?clientId=" + id).json().getInt("total")).isZero();
    }

    @Test
    void anotherCompanysCategoryAccountOrClientIsRefused() {
        long id = client();
        long theirCategory = systemId(clinica, "/api/v1/transaction-categories", "ADJUSTMENT");
        long theirAccount = systemId(clinica, "/api/v1/financial-accounts", "CASH");
        long theirClient = ClientData.person(CLINICA_ADMIN, "Alheio " + ClientData.uniqueWord()).id();

        Problems.assertRefused(manager.post("/api/v1/transactions", adjustment(id, theirCategory, "10", "CASH", null, "x")),
                "categoryId", "Categoria não encontrada");
        Problems.assertRefused(manager.post("/api/v1/transactions", adjustment(id, null, "10", "CASH", theirAccount, "x")),
                "accountId", "Conta financeira não encontrada");
        Api.Reply theirs = manager.post("/api/v1/transactions", adjustment(theirClient, null, "10", "CASH", null,
                "x"));
        assertThat(theirs.status()).as(theirs.toString()).isEqualTo(404);
        Problems.assertRefused(staff.post(wallet(id) + "/credit", "{\"amount\": 10, \"method\": \"PIX\", \"accountId\": "
                + theirAccount + "}", KEY, key()), "accountId", "Conta financeira não encontrada");
        assertThat(staff.get("/api/v1/transaction-categories/" + theirCategory).status()).isEqualTo(404);
        assertThat(manager.put("/api/v1/financial-accounts/" + theirAccount, "{\"name\": \"Minha\"}").status())
                .isEqualTo(404);
        assertThat(staff.get("/api/v1/transactions?clientId=" + theirClient).json().getInt("total")).isZero();
    }

    @Test
    void aStaffMemberCannotAdjustNorChangeCategoriesOrAccounts() {
        long id = client();

        assertThat(staff.post("/api/v1/transactions", adjustment(id, null, "10", "CASH", null, "x")).status())
                .isEqualTo(403);
        assertThat(staff.post("/api/v1/transaction-categories", "{\"name\": \"Equipe\"}").status()).isEqualTo(403);
        assertThat(staff.post("/api/v1/financial-accounts", "{\"name\": \"Equipe\"}").status()).isEqualTo(403);
        assertThat(staff.get("/api/v1/transactions?clientId=" + id).json().getInt("total")).isZero();
    }

    @Test
    void namesAreUniquePerCompanyAndSystemOnesAreRenamedButNeverDeactivated() {
        String name = "Conta " + UUID.randomUUID().toString().substring(0, 8);
        long account = created(manager.post("/api/v1/financial-accounts", "{\"name\": \"" + name + "\"}"));

        Api.Reply again = manager.post("/api/v1/financial-accounts", "{\"name\": \"" + name.toUpperCase() + "\"}");
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(Problems.errors(again)).containsKey("name");
        Api.Reply inClinica = clinica.post("/api/v1/financial-accounts", "{\"name\": \"" + name + "\"}");
        assertThat(inClinica.status()).as(inClinica.toString()).isEqualTo(201);

        Api.Reply off = manager.put("/api/v1/financial-accounts/" + account, "{\"name\": \"" + name
                + "\", \"active\": false}");
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.json().getBoolean("active")).isFalse();
        long bank = systemId(staff, "/api/v1/financial-accounts", "BANK");
        String bankName = staff.get("/api/v1/financial-accounts/" + bank).json().getString("name");
        Problems.assertRefused(manager.put("/api/v1/financial-accounts/" + bank, "{\"name\": \"" + bankName
                + "\", \"active\": false}"), "active", "não pode ser desativada");
        long adjustment = systemId(staff, "/api/v1/transaction-categories", "ADJUSTMENT");
        String adjustmentName = staff.get("/api/v1/transaction-categories/" + adjustment).json().getString("name");
        Problems.assertRefused(manager.put("/api/v1/transaction-categories/" + adjustment, "{\"name\": \"" + adjustmentName
                + "\", \"active\": false}"), "active", "não pode ser desativada");
        long id = client();
        Problems.assertRefused(manager.post("/api/v1/transactions", adjustment(id, null, "10", "CASH", account, "x")),
                "accountId", "inativa");
    }

    private static String adjustment(long clientId, Long categoryId, String amount, String method, Long accountId,
            String description) {
        return "{\"clientId\": " + clientId + (categoryId == null ? "" : ", \"categoryId\": " + categoryId)
                + ", \"amount\": " + amount + ", \"method\": \"" + method + "\""
                + (accountId == null ? "" : ", \"accountId\": " + accountId)
                + ", \"description\": \"" + description + "\"}";
    }

    private void credit(long id, String amount, String method, Long accountId) {
        Api.Reply reply = staff.post(wallet(id) + "/credit", "{\"amount\": " + amount + ", \"method\": \"" + method
                + "\"" + (accountId == null ? "" : ", \"accountId\": " + accountId) + "}", KEY, key());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private static long systemId(Api api, String path, String code) {
        return api.get(path).json().getJsonArray("items").getValuesAs(JsonValue::asJsonObject).stream()
                .filter(row -> row.containsKey("code") && !row.isNull("code") && code.equals(row.getString("code")))
                .findFirst().orElseThrow(() -> new AssertionError("No " + code + " in " + path))
                .getJsonNumber("id").longValue();
    }

    private static long created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static void assertTotals(Api.Reply reply, String in, String out, String net, int count) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject totals = reply.json().getJsonObject("totals");
        assertThat(totals.getJsonNumber("moneyIn").bigDecimalValue()).as(reply.toString())
                .isEqualByComparingTo(new BigDecimal(in));
        assertThat(totals.getJsonNumber("moneyOut").bigDecimalValue()).isEqualByComparingTo(new BigDecimal(out));
        assertThat(totals.getJsonNumber("net").bigDecimalValue()).isEqualByComparingTo(new BigDecimal(net));
        assertThat(totals.getInt("count")).isEqualTo(count);
        assertThat(reply.json().getInt("total")).isEqualTo(count);
    }

    private static long client() {
        return ClientData.person(PETHOTEL_STAFF, "Movimento " + ClientData.uniqueWord()).id();
    }

    private static String wallet(long id) {
        return "/api/v1/clients/" + id + "/wallet";
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
