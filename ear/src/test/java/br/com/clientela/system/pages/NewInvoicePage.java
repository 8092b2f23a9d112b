package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A new invoice (/invoices/edit.xhtml): the client by autocomplete, lines typed, live totals, issue. */
public final class NewInvoicePage extends BackOfficePage {

    private static final String FORM = "invoiceForm:";

    private NewInvoicePage(Browser browser) {
        super(browser);
    }

    public static NewInvoicePage open(Browser browser) {
        browser.open("/invoices/edit.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(FORM + "lines")));
        return new NewInvoicePage(browser);
    }

    /** Types part of the client's name and picks the suggestion with this name. */
    public NewInvoicePage client(String typed, String name) {
        WebElement input = browser.driver().findElement(By.id(FORM + "clientId_input"));
        input.clear();
        input.sendKeys(typed);
        By item = By.cssSelector("[id='" + FORM + "clientId_panel'] li[data-item-label='" + name + "']");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(item)).click();
        waitUntilAjaxSettles();
        return this;
    }

    /** Fills line {@code index} as a free line: description, quantity and unit price typed in reais ("150,00"). */
    public NewInvoicePage line(int index, String description, String quantity, String unitPrice) {
        String row = FORM + "lines:" + index + ":";
        WebElement text = browser.driver().findElement(By.id(row + "description_input"));
        text.clear();
        text.sendKeys(description, Keys.TAB);
        waitUntilAjaxSettles();
        WebElement amount = browser.driver().findElement(By.id(row + "quantity_input"));
        amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), quantity, Keys.TAB);
        waitUntilAjaxSettles();
        WebElement price = browser.driver().findElement(By.id(row + "unitPrice_input"));
        price.sendKeys(Keys.chord(Keys.CONTROL, "a"), unitPrice, Keys.TAB);
        waitUntilAjaxSettles();
        return this;
    }

    /** Fills line {@code index} with a catalog item: types part of its name and picks it; the price comes with it. */
    public NewInvoicePage catalogLine(int index, String typed, String name) {
        String row = FORM + "lines:" + index + ":";
        WebElement text = browser.driver().findElement(By.id(row + "description_input"));
        text.clear();
        text.sendKeys(typed);
        By item = By.cssSelector("[id='" + row + "description_panel'] li[data-item-label='" + name + "']");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(item)).click();
        waitUntilAjaxSettles();
        return this;
    }

    /** The unit price line {@code index} shows ("R$ 30,00"). */
    public String unitPrice(int index) {
        return valueOf(FORM + "lines:" + index + ":unitPrice_input");
    }

    public NewInvoicePage addLine() {
        browser.driver().findElement(By.id(FORM + "addLine")).click();
        waitUntilAjaxSettles();
        return this;
    }

    /** The live total as shown ("R$ 1.234,56"). */
    public String total() {
        return eventually(driver -> driver.findElement(By.id("total")).getText().trim());
    }

    /** Issues the invoice and lands on its page. */
    public InvoicePage issue() {
        browser.driver().findElement(By.id(FORM + "save")).click();
        return InvoicePage.current(browser);
    }
}
