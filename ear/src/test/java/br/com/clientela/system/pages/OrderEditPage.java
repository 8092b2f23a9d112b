package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A new or existing order (/orders/edit.xhtml): the client chosen among suggestions, lines from the catalog's
 * suggestions or typed freely, the live totals, saving, and changing the status of a saved order.
 */
public final class OrderEditPage extends BackOfficePage {

    private static final String FORM = "orderForm:";

    private OrderEditPage(Browser browser) {
        super(browser);
    }

    public static OrderEditPage openNew(Browser browser) {
        browser.open("/orders/edit.xhtml");
        return current(browser);
    }

    public static OrderEditPage open(Browser browser, long id) {
        browser.open("/orders/edit.xhtml?id=" + id);
        return current(browser);
    }

    public static OrderEditPage current(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("orderForm:lines")));
        return new OrderEditPage(browser);
    }

    public String heading() {
        return browser.driver().findElement(By.id("heading")).getText().trim();
    }

    /** Types part of the client's name and picks the suggestion with the whole name. */
    public OrderEditPage chooseClient(String typed, String name) {
        pick(FORM + "clientId", typed, name);
        return this;
    }

    /** Types part of a catalog item's name in line {@code index} and picks the suggestion of that item. */
    public OrderEditPage catalogLine(int index, String typed, String itemName, String quantity) {
        pick(line(index, "description"), typed, itemName);
        browser.waiting().until(driver -> !valueOf(line(index, "unitPrice") + "_input").isBlank());
        typeNumber(line(index, "quantity"), quantity);
        return this;
    }

    /** Types a free line in line {@code index}: a description that is no catalog item, quantity and price. */
    public OrderEditPage freeLine(int index, String description, String quantity, String price) {
        type(line(index, "description") + "_input", description);
        browser.driver().findElement(By.id(line(index, "description") + "_input")).sendKeys(Keys.ESCAPE);
        waitUntilAjaxSettles();
        typeNumber(line(index, "quantity"), quantity);
        typeNumber(line(index, "unitPrice"), price);
        return this;
    }

    public OrderEditPage addLine() {
        int before = lineCount();
        browser.driver().findElement(By.id(FORM + "addLine")).click();
        eventually(driver -> lineCount() == before + 1);
        waitUntilAjaxSettles();
        return this;
    }

    public int lineCount() {
        return browser.driver().findElements(By.cssSelector("[id='orderForm:lines_data'] > tr[data-ri]")).size();
    }

    /** The description of line {@code index} as shown in its input. */
    public String lineDescription(int index) {
        return valueOf(line(index, "description") + "_input");
    }

    /** Clicks "Faturar", types the due date (dd/MM/yyyy; null keeps it empty), issues, and lands on the invoice. */
    public InvoicePage invoice(String dueDate) {
        // The growl of the step before ("Orçamento nº 3 convertido ...") may lie over the button until it fades.
        browser.waiting().ignoring(ElementClickInterceptedException.class).until(driver -> {
            driver.findElement(By.id("invoicingForm:invoice")).click();
            return true;
        });
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("invoiceDialog")));
        waitUntilAjaxSettles();
        if (dueDate != null) {
            type("invoiceForm:dueDate_input", dueDate);
        }
        browser.driver().findElement(By.id("invoiceForm:confirmInvoice")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/invoices/view"));
        return InvoicePage.current(browser);
    }

    /** The link to the order's invoice ("Ver fatura nº 12"), or "" when the page shows none. */
    public String invoiceLink() {
        return browser.driver().findElements(By.id("invoicingForm:invoiceLink")).stream()
                .map(e -> e.getText().trim()).findFirst().orElse("");
    }

    public boolean offersInvoicing() {
        return !browser.driver().findElements(By.id("invoicingForm:invoice")).isEmpty();
    }

    /** The total of line {@code index} as shown. */
    public String lineTotal(int index) {
        return eventually(driver -> driver.findElement(By.id(line(index, "lineTotal"))).getText().trim());
    }

    /** The order's total as shown ("R$ 1.234,56"). */
    public String total() {
        waitUntilAjaxSettles();
        return eventually(driver -> driver.findElement(By.id("total")).getText().trim());
    }

    public String itemCount() {
        waitUntilAjaxSettles();
        return eventually(driver -> driver.findElement(By.id("itemCount")).getText().trim());
    }

    /** Saves; a new order opens as itself ("Pedido nº N"). */
    public OrderEditPage save() {
        String before = browser.driver().getCurrentUrl();
        browser.driver().findElement(By.id(FORM + "save")).click();
        browser.waiting().until(driver -> !driver.getCurrentUrl().equals(before) || hasErrors());
        return current(browser);
    }

    private boolean hasErrors() {
        return !browser.driver().findElements(By.cssSelector(".ui-message-error")).isEmpty();
    }

    /** The id in the address bar of a saved order. */
    public long id() {
        return Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** Moves the saved order to the status of this label; the page opens again with it. */
    public OrderEditPage changeStatus(String label) {
        choose("statusForm:statusId", label);
        browser.driver().findElement(By.id("statusForm:changeStatus")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.id("currentStatus"), label));
        return current(browser);
    }

    public String status() {
        return browser.driver().findElement(By.id("currentStatus")).getText().trim();
    }

    /** The history of statuses, newest first, each as "from → to". */
    public List<String> history() {
        return browser.driver().findElements(By.cssSelector("[id='history_data'] > tr[data-ri]")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .map(cells -> cells.get(1).getText().trim() + " → " + cells.get(2).getText().trim())
                .toList();
    }

    /** The refusal shown next to an input of line {@code index}. */
    public String errorOnLine(int index, String field) {
        return errorNextToInput(line(index, field));
    }

    private static String line(int index, String field) {
        return FORM + "lines:" + index + ":" + field;
    }

    /** Types into a p:inputNumber and leaves it, which sends the change (the totals follow). */
    private void typeNumber(String inputNumberId, String text) {
        WebElement input = browser.driver().findElement(By.id(inputNumberId + "_input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
        waitUntilAjaxSettles();
    }

    /** Types into a p:autoComplete and clicks the suggestion with this label's start. */
    private void pick(String autoCompleteId, String typed, String label) {
        type(autoCompleteId + "_input", typed);
        By item = By.cssSelector("[id='" + autoCompleteId + "_panel'] li.ui-autocomplete-item");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(item));
        eventually(driver -> {
            WebElement choice = driver.findElements(item).stream()
                    .filter(li -> li.getText().trim().startsWith(label))
                    .findFirst().orElse(null);
            if (choice == null) {
                return false;
            }
            choice.click();
            return true;
        });
        waitUntilAjaxSettles();
    }
}
