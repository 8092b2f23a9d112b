package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Categories and accounts (/company/finance-settings.xhtml, MANAGER and ADMIN). */
public final class FinanceSettingsPage extends BackOfficePage {

    private FinanceSettingsPage(Browser browser) {
        super(browser);
    }

    public static FinanceSettingsPage open(Browser browser) {
        browser.open("/company/finance-settings.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("settingsForm:categories")));
        return new FinanceSettingsPage(browser);
    }

    /** Adds a category or an account ("Category", "Account") through the dialog. */
    public FinanceSettingsPage add(String which, String name) {
        browser.driver().findElement(By.id("settingsForm:new" + which)).click();
        WebElement dialog = browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("settingDialog")));
        waitUntilAjaxSettles();
        type("settingForm:name", name);
        browser.driver().findElement(By.id("settingForm:save")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOf(dialog));
        waitUntilAjaxSettles();
        return this;
    }

    /** Tries to add one and answers the refusal next to the name (the dialog stays open). */
    public String addRefused(String which, String name) {
        browser.driver().findElement(By.id("settingsForm:new" + which)).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("settingDialog")));
        waitUntilAjaxSettles();
        type("settingForm:name", name);
        browser.driver().findElement(By.id("settingForm:save")).click();
        return errorNextToInput("settingForm:name");
    }

    public List<String> categories() {
        return names("categories");
    }

    public List<String> accounts() {
        return names("accounts");
    }

    private List<String> names(String table) {
        waitUntilAjaxSettles();
        return eventually(driver -> driver.findElements(By.cssSelector("[id='settingsForm:" + table + "_data'] "
                + ".setting-name")).stream().map(WebElement::getText).toList());
    }
}
