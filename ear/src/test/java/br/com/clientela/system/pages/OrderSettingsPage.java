package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The order types and statuses page (/company/order-settings.xhtml) with its add/edit dialog. */
public final class OrderSettingsPage extends BackOfficePage {

    private static final By DIALOG = By.id("settingDialog");

    private OrderSettingsPage(Browser browser) {
        super(browser);
    }

    public static OrderSettingsPage open(Browser browser) {
        browser.open("/company/order-settings.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("settingsForm:statuses")));
        return new OrderSettingsPage(browser);
    }

    /** Adds a status through the dialog, ticking "Conta como pago" when {@code paid}. */
    public OrderSettingsPage addStatus(String name, boolean paid) {
        browser.driver().findElement(By.id("settingsForm:newStatus")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
        waitUntilAjaxSettles();
        type("settingForm:name", name);
        if (paid) {
            browser.driver().findElement(By.cssSelector("[id='settingForm:paid'] .ui-chkbox-box")).click();
        }
        browser.driver().findElement(By.id("settingForm:save")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
        eventually(driver -> statuses().contains(name));
        return this;
    }

    /** Clicks "Subir" on the status with this name. */
    public OrderSettingsPage moveStatusUp(String name) {
        int before = statuses().indexOf(name);
        statusRow(name).findElement(By.cssSelector("[id$=':up']")).click();
        eventually(driver -> statuses().indexOf(name) == before - 1);
        return this;
    }

    /** The statuses' names in the order shown. */
    public List<String> statuses() {
        waitUntilAjaxSettles();
        return eventually(driver -> driver.findElements(
                By.cssSelector("[id='settingsForm:statuses_data'] > tr[data-ri] .setting-name")).stream()
                .map(WebElement::getText).map(String::trim).toList());
    }

    /** "Sim" when the status counts as paid, else "". */
    public boolean countsAsPaid(String name) {
        return !statusRow(name).findElement(By.className("setting-paid")).getAttribute("textContent").isBlank();
    }

    private WebElement statusRow(String name) {
        return browser.driver().findElements(By.cssSelector("[id='settingsForm:statuses_data'] > tr[data-ri]"))
                .stream().filter(row -> row.findElement(By.className("setting-name")).getText().trim().equals(name))
                .findFirst().orElseThrow();
    }
}
