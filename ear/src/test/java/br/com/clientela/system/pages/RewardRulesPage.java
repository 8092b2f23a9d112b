package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
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

    /** Selects what the field holds and types over it, as a person does (clearing it lets AutoNumeric put it back). */
    public RewardRulesPage typeRedemptionRate(String rate) {
        WebElement input = browser.driver().findElement(By.id("rulesForm:redemptionRate_input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(rate);
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
