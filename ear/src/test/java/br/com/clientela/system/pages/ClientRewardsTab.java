package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The "Recompensas" tab of a client's profile: points available, the ledger and the grant / redeem dialogs. */
public final class ClientRewardsTab extends BackOfficePage {

    private static final String PREFIX = "profileForm:tabs:";

    private ClientRewardsTab(Browser browser) {
        super(browser);
    }

    public static ClientRewardsTab open(Browser browser, long clientId) {
        ClientProfilePage.open(browser, clientId).tab("Recompensas");
        return new ClientRewardsTab(browser);
    }

    public String points() {
        return browser.driver().findElement(By.id("rewardPoints")).getText().trim();
    }

    public ClientRewardsTab waitForPoints(String shown) {
        browser.waiting().until(ExpectedConditions.textToBe(By.id("rewardPoints"), shown));
        return this;
    }

    /** "Designar recompensa": points and reason typed in the dialog, then saved. */
    public ClientRewardsTab grant(String points, String reason) {
        browser.driver().findElement(By.id(PREFIX + "rewardGrantOpen")).click();
        WebElement dialog = browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(PREFIX + "rewardGrantDialog")));
        waitUntilAjaxSettles();
        type(PREFIX + "rewardGrant:points_input", points);
        type(PREFIX + "rewardGrant:reason", reason);
        dialog.findElement(By.id(PREFIX + "rewardGrantSave")).click();
        return this;
    }

    /** "Resgatar em crédito": the rate shown in the dialog, then the points typed and confirmed. */
    public String redeem(String points) {
        browser.driver().findElement(By.id(PREFIX + "rewardRedeemOpen")).click();
        WebElement dialog = browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(PREFIX + "rewardRedeemDialog")));
        waitUntilAjaxSettles();
        String hint = browser.driver().findElement(By.id("rewardRedeemRate")).getText();
        type(PREFIX + "rewardRedeem:points_input", points);
        dialog.findElement(By.id(PREFIX + "rewardRedeemSave")).click();
        confirmation().accept();
        return hint;
    }

    public String grantReasonError() {
        return errorNextToInput(PREFIX + "rewardGrant:reason");
    }

    /** The reason of each ledger line shown, newest first. */
    public List<String> reasons() {
        waitUntilAjaxSettles();
        return eventually(driver -> driver.findElements(By.cssSelector("[id='" + PREFIX + "rewardEntries_data'] "
                + ".reward-reason")).stream().map(WebElement::getText).toList());
    }
}
