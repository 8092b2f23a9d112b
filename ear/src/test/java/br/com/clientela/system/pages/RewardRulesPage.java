package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The company's reward rules (/company/rewards.xhtml, MANAGER and ADMIN). */
public final class RewardRulesPage extends BackOfficePage {

    private RewardRulesPage(Browser browser) {
        super(browser);
    }

    public static RewardRulesPage open(Browser browser) {
        browser.open("/company/rewards.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("rulesForm:redemptionRate_input")));
        return new RewardRulesPage(browser);
    }

    public String redemptionRate() {
        return valueOf("rulesForm:redemptionRate_input");
    }

    public RewardRulesPage typeRedemptionRate(String rate) {
        type("rulesForm:redemptionRate_input", rate);
        return this;
    }

    public RewardRulesPage save() {
        browser.driver().findElement(By.id("rulesForm:save")).click();
        return this;
    }

    public String redemptionRateError() {
        return errorNextToInput("rulesForm:redemptionRate");
    }
}
