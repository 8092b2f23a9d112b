package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.pages.ClientRewardsTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Recompensas tab in a real browser: a reward designated through the dialog shows as points available and in
 * the ledger; a grant without a reason is refused next to the reason; points redeemed become wallet credit.
 */
@ExtendWith(DeployedClientela.class)
class RewardsTabPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aDesignatedRewardShowsAsPointsAndCanBeRedeemedIntoTheWallet() {
        long id = ClientData.person(PETHOTEL_STAFF, "Pontos " + ClientData.uniqueWord()).id();
        Api api = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);
        int rate = api.get("/api/v1/clients/" + id + "/rewards").json().getInt("redemptionRate");
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        ClientRewardsTab rewards = ClientRewardsTab.open(browser, id);
        assertThat(rewards.points()).isEqualTo("0");
        rewards.grant("150", "");
        assertThat(rewards.grantReasonError()).contains("motivo");

        rewards = ClientRewardsTab.open(browser, id);
        rewards.grant(String.valueOf(rate * 3), "Indicou três amigos").waitForPoints(String.valueOf(rate * 3));
        assertThat(rewards.reasons()).containsExactly("Indicou três amigos");

        String hint = rewards.redeem(String.valueOf(rate));
        assertThat(hint).contains(rate + " pontos valem R$ 1,00");
        rewards.waitForPoints(String.valueOf(rate * 2));
        assertThat(api.get("/api/v1/clients/" + id + "/wallet").json().getJsonNumber("balance").bigDecimalValue())
                .isEqualByComparingTo("1.00");
    }
}
