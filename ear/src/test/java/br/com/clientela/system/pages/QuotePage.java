package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A quote's page (/quotes/view.xhtml?id=...): state, lines, totals, history and the buttons its state allows. */
public final class QuotePage extends BackOfficePage {

    private QuotePage(Browser browser) {
        super(browser);
    }

    public static QuotePage open(Browser browser, long id) {
        browser.open("/quotes/view.xhtml?id=" + id);
        return current(browser);
    }

    public static QuotePage current(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("quoteView:history")));
        return new QuotePage(browser);
    }

    /** The id in the address bar. */
    public long id() {
        return Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    public String heading() {
        return browser.driver().findElement(By.id("heading")).getText();
    }

    public String status() {
        waitUntilAjaxSettles();
        return eventually(driver -> driver.findElement(By.id("quoteView:status")).getText());
    }

    public String total() {
        return browser.driver().findElement(By.id("total")).getText();
    }

    public List<String> lineDescriptions() {
        return browser.driver().findElements(By.cssSelector("[id='quoteView:lines_data'] .line-description")).stream()
                .map(e -> e.getText().trim()).toList();
    }

    /** The "Mudança" column of the history, oldest first. */
    public List<String> history() {
        waitUntilAjaxSettles();
        return eventually(driver -> driver.findElements(By.cssSelector("[id='quoteView:history_data'] .history-change"))
                .stream().map(e -> e.getText().trim()).toList());
    }

    public boolean offers(String button) {
        return !browser.driver().findElements(By.id("quoteView:" + button)).isEmpty();
    }

    /** Clicks "Enviar" and answers the confirmation. */
    public Confirmation send() {
        click("quoteView:send");
        return confirmation();
    }

    public Confirmation accept() {
        click("quoteView:accept");
        return confirmation();
    }

    /** Clicks "Converter em pedido", confirms, and lands on the new order's page. */
    public OrderEditPage convertToOrder() {
        click("quoteView:convertToOrder");
        confirmation().accept();
        browser.waiting().until(ExpectedConditions.urlContains("/orders/edit"));
        return OrderEditPage.current(browser);
    }

    /** The link to what the quote was converted into ("Ver pedido nº 12"), or "" when there is none. */
    public String convertedLink() {
        return browser.driver().findElements(By.cssSelector("[id='quoteView:conversionActions'] .converted-link"))
                .stream().map(e -> e.getText().trim()).findFirst().orElse("");
    }

    /** Opens "Recusar", types the reason and confirms. */
    public QuotePage reject(String reason) {
        click("quoteView:reject");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("rejectDialog")));
        waitUntilAjaxSettles();
        type("rejectForm:reason", reason);
        browser.driver().findElement(By.id("rejectForm:confirmReject")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("rejectDialog")));
        waitUntilAjaxSettles();
        return this;
    }

    /**
     * Clicks a header button. The growl of the previous step ("Orçamento nº 3 enviado.") can lie over the header
     * buttons for a few seconds, as it would for a person, who waits for it to fade: so does the test.
     */
    private void click(String id) {
        browser.waiting().ignoring(ElementClickInterceptedException.class).until(driver -> {
            driver.findElement(By.id(id)).click();
            return true;
        });
    }

    /** Waits until the state tag says {@code label}. */
    public QuotePage waitForStatus(String label) {
        browser.waiting().until(ExpectedConditions.textToBe(By.id("quoteView:status"), label));
        return this;
    }
}
