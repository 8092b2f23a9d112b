package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The Transactions page (/transactions/list.xhtml): filters, totals cards and the table. */
public final class TransactionsPage extends BackOfficePage {

    private static final String FORM = "transactionsForm:";

    private TransactionsPage(Browser browser) {
        super(browser);
    }

    public static TransactionsPage open(Browser browser) {
        browser.open("/transactions/list.xhtml");
        return current(browser);
    }

    public static TransactionsPage current(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("totalIn")));
        return new TransactionsPage(browser);
    }

    /** The client the filter shows, as its autocomplete reads. */
    public String clientFilter() {
        return valueOf(FORM + "client_input");
    }

    /** Types part of the client's name in the client filter and picks the suggestion with that name. */
    public TransactionsPage filterByClient(String typed, String name) {
        WebElement input = browser.driver().findElement(By.id(FORM + "client_input"));
        input.clear();
        input.sendKeys(typed);
        By suggestion = By.xpath("//*[@id='" + FORM + "client_panel']//li[contains(@class,'ui-autocomplete-item')"
                + " and normalize-space()='" + name + "']");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(suggestion)).click();
        waitUntilAjaxSettles();
        return this;
    }

    /**
     * "Novo ajuste" (MANAGER, ADMIN): the client picked by typing part of its name, the amount in reais ("45,00"),
     * the method by its label and the description; saved and confirmed.
     */
    public TransactionsPage adjust(String typed, String clientName, String reais, String methodLabel,
            String description) {
        browser.driver().findElement(By.id(FORM + "newAdjustment")).click();
        WebElement dialog = browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("adjustmentDialog")));
        waitUntilAjaxSettles();
        WebElement client = browser.driver().findElement(By.id("adjustmentForm:clientId_input"));
        client.sendKeys(typed);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='adjustmentForm:clientId_panel']"
                + "//li[contains(@class,'ui-autocomplete-item') and normalize-space()='" + clientName + "']"))).click();
        waitUntilAjaxSettles();
        type("adjustmentForm:amount_input", reais);
        choose("adjustmentForm:method", methodLabel);
        type("adjustmentForm:description", description);
        dialog.findElement(By.id("adjustmentForm:save")).click();
        confirmation().accept();
        browser.waiting().until(ExpectedConditions.invisibilityOf(dialog));
        return this;
    }

    /** Waits until the "Entradas" card shows this amount. */
    public TransactionsPage waitForMoneyIn(String shown) {
        browser.waiting().until(ExpectedConditions.textToBe(By.id("totalIn"), shown));
        return this;
    }

    public String moneyIn() {
        return browser.driver().findElement(By.id("totalIn")).getText().trim();
    }

    public String moneyOut() {
        return browser.driver().findElement(By.id("totalOut")).getText().trim();
    }

    public String net() {
        return browser.driver().findElement(By.id("totalNet")).getText().trim();
    }

    /** The client name of each row shown. */
    public List<String> rowClients() {
        waitUntilAjaxSettles();
        return eventually(driver -> driver.findElements(By.cssSelector("[id='" + FORM + "transactions_data'] "
                + ".transaction-client")).stream().map(WebElement::getText).toList());
    }

    /** The amount of each row shown, as written ("-R$ 20,00"). */
    public List<String> rowAmounts() {
        waitUntilAjaxSettles();
        return eventually(driver -> driver.findElements(By.cssSelector("[id='" + FORM + "transactions_data'] "
                + ".transaction-amount")).stream().map(WebElement::getText).toList());
    }
}
