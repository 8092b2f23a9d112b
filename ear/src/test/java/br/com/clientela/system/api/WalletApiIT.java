package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.Problems;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client's wallet over the API: credit and debit with an Idempotency-Key, a replay answers the first result
 * and moves nothing, bad amounts, methods, keys and debits beyond the balance get a pt-BR 4xx and nothing
 * moves, and another company's client is a 404 for reading and for writing.
 */
@ExtendWith(DeployedClientela.class)
class WalletApiIT {

    private static final String KEY = "Idempotency-Key";

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void creditThenDebitMoveTheBalanceAndTheLedgerKeepsEachEntryWithTheBalanceAfter() {
        long id = client();

        Api.Reply credit = staff.post(wallet(id) + "/credit", "{\"amount\": 150.50, \"method\": \"PIX\", "
                + "\"reason\": \"Pacote de banhos\"}", KEY, key());
        Api.Reply debit = staff.post(wallet(id) + "/debit", "{\"amount\": 40, \"reason\": \"Banho avulso\"}", KEY,
                key());

        assertThat(credit.status()).as(credit.toString()).isEqualTo(201);
        assertThat(credit.json().getJsonNumber("balanceAfter").bigDecimalValue()).isEqualByComparingTo("150.50");
        assertThat(debit.status()).as(debit.toString()).isEqualTo(201);
        assertThat(debit.json().getJsonNumber("balanceAfter").bigDecimalValue()).isEqualByComparingTo("110.50");
        JsonObject summary = staff.get(wallet(id)).json();
        assertThat(summary.getJsonNumber("balance").bigDecimalValue()).isEqualByComparingTo("110.50");
        assertThat(summary.getJsonNumber("totalCredited").bigDecimalValue()).isEqualByComparingTo("150.50");
        assertThat(summary.getJsonNumber("totalDebited").bigDecimalValue()).isEqualByComparingTo("40.00");
        JsonObject entries = staff.get(wallet(id) + "/entries?first=0&max=1").json();
        assertThat(entries.getInt("total")).isEqualTo(2);
        assertThat(entries.getJsonArray("items")).hasSize(1);
        JsonObject newest = entries.getJsonArray("items").getJsonObject(0);
        assertThat(newest.getString("type")).isEqualTo("DEBIT");
        assertThat(newest.getString("reason")).isEqualTo("Banho avulso");
        assertThat(newest.getString("actor")).isEqualTo(PETHOTEL_STAFF);
    }

    @Test
    void aReplayedKeyAnswersTheFirstResultAndMovesNothing() {
        long id = client();
        String key = key();
        String body = "{\"amount\": 25.00, \"method\": \"CASH\"}";

        Api.Reply first = staff.post(wallet(id) + "/credit", body, KEY, key);
        Api.Reply again = staff.post(wallet(id) + "/credit", body, KEY, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().getBoolean("replayed")).isTrue();
        assertThat(again.json().getJsonNumber("entryId").longValue())
                .isEqualTo(first.json().getJsonNumber("entryId").longValue());
        assertThat(balance(id)).isEqualByComparingTo("25.00");
        assertThat(staff.get(wallet(id) + "/entries").json().getInt("total")).isEqualTo(1);
    }

    @Test
    void theSameKeyForAnotherAmountOrClientIsAConflictAndMovesNothing() {
        long id = client();
        long other = client();
        String key = key();
        staff.post(wallet(id) + "/credit", "{\"amount\": 10}", KEY, key);

        Api.Reply otherAmount = staff.post(wallet(id) + "/credit", "{\"amount\": 11}", KEY, key);
        Api.Reply otherClient = staff.post(wallet(other) + "/credit", "{\"amount\": 10}", KEY, key);

        assertThat(otherAmount.status()).as(otherAmount.toString()).isEqualTo(409);
        assertThat(otherAmount.json().getString("detail")).contains("chave de idempotência já foi usada");
        assertThat(otherClient.status()).as(otherClient.toString()).isEqualTo(409);
        assertThat(balance(id)).isEqualByComparingTo("10.00");
        assertThat(balance(other)).isEqualByComparingTo("0.00");
    }

    @Test
    void badAmountsMethodsAndMissingKeysAreRefusedInPortugueseAndNothingMoves() {
        long id = client();

        Problems.assertRefused(staff.post(wallet(id) + "/credit", "{\"amount\": -5}", KEY, key()), "amount",
                "maior que zero");
        Problems.assertRefused(staff.post(wallet(id) + "/credit", "{\"amount\": 0}", KEY, key()), "amount", "maior que zero");
        Problems.assertRefused(staff.post(wallet(id) + "/credit", "{\"amount\": 1.005}", KEY, key()), "amount",
                "2 casas decimais");
        Problems.assertRefused(staff.post(wallet(id) + "/credit", "{\"amount\": 10, \"method\": \"CHEQUE\"}", KEY, key()),
                "method", "Forma de pagamento desconhecida");
        Problems.assertRefused(staff.post(wallet(id) + "/credit", "{\"amount\": 10}", KEY, null), "idempotencyKey",
                "Idempotency-Key");
        Problems.assertRefused(staff.post(wallet(id) + "/debit", "{\"amount\": 10}", KEY, key()), "reason",
                "motivo");

        assertThat(balance(id)).isEqualByComparingTo("0.00");
        assertThat(staff.get(wallet(id) + "/entries").json().getInt("total")).isZero();
    }

    @Test
    void aDebitBeyondTheBalanceIsRefusedAndNothingMoves() {
        long id = client();
        staff.post(wallet(id) + "/credit", "{\"amount\": 30, \"method\": \"CARD\"}", KEY, key());

        Api.Reply refused = staff.post(wallet(id) + "/debit", "{\"amount\": 30.01, \"reason\": \"Hospedagem\"}", KEY,
                key());

        Problems.assertRefused(refused, "amount", "Saldo insuficiente");
        assertThat(Problems.errors(refused).get("amount")).contains("R$ 30,00").contains("R$ 30,01");
        assertThat(balance(id)).isEqualByComparingTo("30.00");
        assertThat(staff.get(wallet(id) + "/entries").json().getInt("total")).isEqualTo(1);
    }

    @Test
    void anotherCompanysClientIsNotFoundForReadingOrMovingMoney() {
        long id = client();
        staff.post(wallet(id) + "/credit", "{\"amount\": 20}", KEY, key());
        Api clinica = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);

        assertThat(clinica.get(wallet(id)).status()).isEqualTo(404);
        assertThat(clinica.get(wallet(id) + "/entries").status()).isEqualTo(404);
        Api.Reply credit = clinica.post(wallet(id) + "/credit", "{\"amount\": 5}", KEY, key());
        Api.Reply debit = clinica.post(wallet(id) + "/debit", "{\"amount\": 5, \"reason\": \"x\"}", KEY, key());

        assertThat(credit.status()).as(credit.toString()).isEqualTo(404);
        assertThat(credit.json().getString("detail")).isEqualTo("Cliente não encontrado.");
        assertThat(debit.status()).isEqualTo(404);
        assertThat(balance(id)).isEqualByComparingTo("20.00");
    }

    private BigDecimal balance(long id) {
        return staff.get(wallet(id)).json().getJsonNumber("balance").bigDecimalValue();
    }

    private static long client() {
        return ClientData.person(PETHOTEL_STAFF, "Carteira " + ClientData.uniqueWord()).id();
    }

    private static String wallet(long id) {
        return "/api/v1/clients/" + id + "/wallet";
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
