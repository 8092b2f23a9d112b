package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The quote editor (/quotes/edit.xhtml): client search, validity, lines with catalog search, live totals. */
public final class EditQuotePage extends BackOfficePage {

    private static final String FORM = "quoteForm";

    private EditQuotePage(Browser browser) {
        super(browser);
    }

    public static EditQuotePage openNew(Browser browser) {
        browser.open("/quotes/edit.xhtml");
        return current(browser);
    }

    public static EditQuotePage current(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(FORM + ":save")));
        return new EditQuotePage(browser);
    }

    /** Types part of the client's name and picks the suggestion with that name. */
    public EditQuotePage client(String typed, String name) {
        pick(FORM + ":clientId", typed, name);
        return this;
    }

    /** The client shown in the search box. */
    public String client() {
        return valueOf(FORM + ":clientId_input");
    }

    /** Picks the catalog item of line {@code index} (from 0) by typing part of its name. */
    public EditQuotePage catalogItem(int index, String typed, String name) {
        pick(line(index) + "catalogItemId", typed, name);
        waitUntilAjaxSettles();
        return this;
    }

    public EditQuotePage description(int index, String text) {
        type(line(index) + "description", text);
        return this;
    }

    public String description(int index) {
        return valueOf(line(index) + "description");
    }

    public String unitPrice(int index) {
        return valueOf(line(index) + "unitPrice_input");
    }

    public EditQuotePage quantity(int index, String quantity) {
        return number(line(index) + "quantity_input", quantity);
    }

    public EditQuotePage unitPrice(int index, String price) {
        return number(line(index) + "unitPrice_input", price);
    }

    public EditQuotePage discount(int index, String discount) {
        return number(line(index) + "discount_input", discount);
    }

    /** Clicks "Adicionar item" and waits for the new line. */
    public EditQuotePage addLine() {
        int lines = browser.driver().findElements(By.cssSelector("fieldset.quote-line")).size();
        browser.driver().findElement(By.id(FORM + ":addLine")).click();
        eventually(driver -> driver.findElements(By.cssSelector("fieldset.quote-line")).size() == lines + 1);
        waitUntilAjaxSettles();
        return this;
    }

    public String lineTotal(int index) {
        return eventually(driver -> driver.findElement(By.id(line(index) + "lineTotal")).getText());
    }

    public String gross() {
        return text("gross");
    }

    public String discount() {
        return text("discount");
    }

    public String total() {
        return text("total");
    }

    public QuotePage save() {
        browser.driver().findElement(By.id(FORM + ":save")).click();
        return QuotePage.current(browser);
    }

    /** Saves expecting a refusal shown next to {@code field} (e.g. "lines:0:quantity"), and answers it. */
    public String saveRefused(String field) {
        browser.driver().findElement(By.id(FORM + ":save")).click();
        return errorNextToInput(FORM + ":" + field);
    }

    private String text(String id) {
        waitUntilAjaxSettles();
        return eventually(driver -> driver.findElement(By.id(id)).getText());
    }

    private static String line(int index) {
        return FORM + ":lines:" + index + ":";
    }

    /** Types into an input number, then leaves it so the page recomputes the totals. */
    private EditQuotePage number(String inputId, String value) {
        WebElement input = browser.driver().findElement(By.id(inputId));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
        waitUntilAjaxSettles();
        return this;
    }

    /** A p:autoComplete: types, waits for the suggestions and clicks the one whose text contains {@code label}. */
    private void pick(String autoCompleteId, String typed, String label) {
        WebElement input = browser.driver().findElement(By.id(autoCompleteId + "_input"));
        input.clear();
        input.sendKeys(typed);
        By item = By.xpath("//*[@id='" + autoCompleteId + "_panel']//li[contains(@class, 'ui-autocomplete-item')"
                + " and contains(normalize-space(), '" + label + "')]");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(item)).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id(autoCompleteId + "_panel")));
        waitUntilAjaxSettles();
    }
}
