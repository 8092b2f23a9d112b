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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client's reward points over the API: a grant shows in the balance and the ledger, a redemption credits the
 * wallet once per Idempotency-Key, bad input is refused field by field and moves nothing, another company's client
 * is a 404, and the reward rules are read by everyone and changed by a MANAGER or ADMIN only.
 */
@ExtendWith(DeployedClientela.class)
class RewardsApiIT {

    private static final String KEY = "Idempotency-Key";

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void aGrantShowsInTheBalanceAndARedemptionCreditsTheWalletOncePerKey() {
        long id = client();
        int rate = staff.get(rewards(id)).json().getInt("redemptionRate");

        Api.Reply grant = staff.post(rewards(id) + "/grant", "{\"points\": " + (rate * 3) + ", \"reason\": "
                + "\"Indicou uma amiga\", \"expiresAt\": \"" + LocalDate.now().plusDays(30) + "\"}");
        assertThat(grant.status()).as(grant.toString()).isEqualTo(201);
        assertThat(grant.json().getString("kind")).isEqualTo("GRANT_MANUAL");
        assertThat(grant.json().getString("actor")).isEqualTo(PETHOTEL_STAFF);

        String key = key();
        Api.Reply redeem = staff.post(rewards(id) + "/redeem", "{\"points\": " + (rate * 2) + "}", KEY, key);
        Api.Reply replay = staff.post(rewards(id) + "/redeem", "{\"points\": " + (rate * 2) + "}", KEY, key);
        Api.Reply otherAmount = staff.post(rewards(id) + "/redeem", "{\"points\": " + rate + "}", KEY, key);

        assertThat(redeem.status()).as(redeem.toString()).isEqualTo(201);
        assertThat(redeem.json().getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("2.00");
        assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
        assertThat(replay.json().getBoolean("replayed")).isTrue();
        assertThat(otherAmount.status()).as(otherAmount.toString()).isEqualTo(409);
        JsonObject view = staff.get(rewards(id)).json();
        assertThat(view.getInt("available")).isEqualTo(rate);
        assertThat(view.getJsonNumber("creditValue").bigDecimalValue()).isEqualByComparingTo("1.00");
        assertThat(view.getInt("total")).isEqualTo(2);
        JsonObject newest = view.getJsonArray("items").getJsonObject(0);
        assertThat(newest.getString("kind")).isEqualTo("REDEEM");
        assertThat(newest.getInt("points")).isEqualTo(-rate * 2);
        assertThat(staff.get("/api/v1/clients/" + id + "/wallet").json().getJsonNumber("balance").bigDecimalValue())
                .isEqualByComparingTo("2.00");
    }

    @Test
    void badGrantsAndRedemptionsAreRefusedFieldByFieldAndNothingMoves() {
        long id = client();

        Problems.assertRefused(staff.post(rewards(id) + "/grant", "{\"points\": 0, \"reason\": \"x\"}"), "points",
                "mais que zero");
        Problems.assertRefused(staff.post(rewards(id) + "/grant", "{\"points\": 10, \"reason\": \"  \"}"), "reason", "motivo");
        Problems.assertRefused(staff.post(rewards(id) + "/grant", "{\"points\": 10, \"reason\": \"x\", \"expiresAt\": \""
                + LocalDate.now().minusDays(1) + "\"}"), "expiresAt", "anterior a hoje");
        Api.Reply empty = staff.post(rewards(id) + "/grant", "{}");
        assertThat(empty.status()).as(empty.toString()).isEqualTo(422);
        assertThat(Problems.errors(empty)).containsKeys("points", "reason");
        Problems.assertRefused(staff.post(rewards(id) + "/redeem", "{\"points\": 10}", KEY, null), "idempotencyKey",
                "Idempotency-Key");
        Problems.assertRefused(staff.post(rewards(id) + "/redeem", "{\"points\": -5}", KEY, key()), "points", "mais que zero");
        int rate = staff.get(rewards(id)).json().getInt("redemptionRate");
        staff.post(rewards(id) + "/grant", "{\"points\": " + rate + ", \"reason\": \"Fidelidade\"}");
        Problems.assertRefused(staff.post(rewards(id) + "/redeem", "{\"points\": " + (rate * 2) + "}", KEY, key()), "points",
                "Pontos insuficientes");

        JsonObject view = staff.get(rewards(id)).json();
        assertThat(view.getInt("available")).isEqualTo(rate);
        assertThat(view.getInt("total")).isEqualTo(1);
        assertThat(staff.get("/api/v1/clients/" + id + "/wallet").json().getJsonNumber("balance").bigDecimalValue())
                .isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void anotherCompanysClientIsNotFoundForReadingGrantingOrRedeeming() {
        long id = client();
        staff.post(rewards(id) + "/grant", "{\"points\": 100, \"reason\": \"Teste\"}");
        Api clinica = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);

        assertThat(clinica.get(rewards(id)).status()).isEqualTo(404);
        Api.Reply grant = clinica.post(rewards(id) + "/grant", "{\"points\": 5, \"reason\": \"x\"}");
        Api.Reply redeem = clinica.post(rewards(id) + "/redeem", "{\"points\": 100}", KEY, key());

        assertThat(grant.status()).as(grant.toString()).isEqualTo(404);
        assertThat(grant.json().getString("detail")).isEqualTo("Cliente não encontrado.");
        assertThat(redeem.status()).as(redeem.toString()).isEqualTo(404);
        assertThat(staff.get(rewards(id)).json().getInt("available")).isEqualTo(100);
    }

    @Test
    void rewardRulesAreReadByEveryoneAndChangedByAManagerOnly() {
        JsonObject rules = staff.get("/api/v1/reward-rules").json();
        assertThat(rules.getInt("redemptionRate")).isPositive();

        Api.Reply byStaff = staff.put("/api/v1/reward-rules", rules.toString());
        assertThat(byStaff.status()).as(byStaff.toString()).isEqualTo(403);

        Api manager = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD);
        Api.Reply same = manager.put("/api/v1/reward-rules", rules.toString());
        assertThat(same.status()).as(same.toString()).isEqualTo(200);
        assertThat(same.json().getInt("redemptionRate")).isEqualTo(rules.getInt("redemptionRate"));
        Api.Reply bad = manager.put("/api/v1/reward-rules", "{\"earnEnabled\": true, \"pointsPerReal\": -1, "
                + "\"welcomeEnabled\": false, \"welcomePoints\": 10, \"birthdayEnabled\": false, \"birthdayPoints\": 10,"
                + " \"redemptionRate\": 0, \"grantValidityDays\": 0}");
        assertThat(bad.status()).as(bad.toString()).isEqualTo(422);
        assertThat(Problems.errors(bad)).containsKeys("pointsPerReal", "redemptionRate", "grantValidityDays");
        // Unchanged by the refused save: as the manager's accepted save left them (that save took a new version).
        assertThat(staff.get("/api/v1/reward-rules").json()).isEqualTo(same.json());
    }

    private static long client() {
        return ClientData.person(PETHOTEL_STAFF, "Pontos " + ClientData.uniqueWord()).id();
    }

    private static String rewards(long id) {
        return "/api/v1/clients/" + id + "/rewards";
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
