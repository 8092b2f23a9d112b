package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_MANAGER;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.pages.FinanceSettingsPage;
import br.com.clientela.system.pages.NotFoundPage;
import br.com.clientela.system.pages.RewardRulesPage;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The manager's money settings in a real browser: a category added through the dialog shows in the list and a
 * repeated name is refused next to it; the reward rules form shows the company's rate and refuses a rate of zero;
 * a STAFF member gets the not-found page for both.
 */
@ExtendWith(DeployedClientela.class)
class FinanceSettingsAndRewardRulesPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aManagerAddsACategoryAndARepeatedNameIsRefused() {
        String name = "Taxa " + UUID.randomUUID().toString().substring(0, 8);
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_MANAGER, DEMO_PASSWORD);

        FinanceSettingsPage page = FinanceSettingsPage.open(browser).add("Category", name);

        assertThat(page.categories()).contains(name);
        assertThat(FinanceSettingsPage.open(browser).addRefused("Category", name))
                .contains("Já existe uma categoria com este nome");
    }

    @Test
    void theRewardRulesFormShowsTheRateAndRefusesZero() {
        JsonObject rules = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD).get("/api/v1/reward-rules").json();
        int rate = rules.getInt("redemptionRate");
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_MANAGER, DEMO_PASSWORD);
        try {
            RewardRulesPage page = RewardRulesPage.open(browser);
            assertThat(page.redemptionRate().replace(".", "")).isEqualTo(String.valueOf(rate));
            page.typeRedemptionRate("0").save();

            assertThat(page.redemptionRateError()).contains("de 1 a");
            assertThat(Api.as(PETHOTEL_STAFF, DEMO_PASSWORD).get("/api/v1/reward-rules").json()
                    .getInt("redemptionRate")).isEqualTo(rate);
        } finally {
            Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD).put("/api/v1/reward-rules", rules.toString());
        }
    }

    @Test
    void aStaffMemberCannotOpenEitherPage() {
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        browser.open("/company/finance-settings.xhtml");
        assertThat(NotFoundPage.current(browser).title()).isEqualTo("Página não encontrada");
        browser.open("/company/rewards.xhtml");
        assertThat(NotFoundPage.current(browser).title()).isEqualTo("Página não encontrada");
    }
}
