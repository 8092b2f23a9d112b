package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** One invoice (/invoices/view.xhtml?id=...): status, amounts, PIX, the payment dialog. */
public final class InvoicePage extends BackOfficePage {

    private InvoicePage(Browser browser) {
        super(browser);
    }

    public static InvoicePage open(Browser browser, long id) {
        browser.open("/invoices/view.xhtml?id=" + id);
        return current(browser);
    }

    public static InvoicePage current(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("invoiceView:summary")));
        return new InvoicePage(browser);
    }

    /** "Fatura nº 12" */
    public String heading() {
        return eventually(driver -> driver.findElement(By.id("heading")).getText().trim());
    }

    public String status() {
        return eventually(driver -> driver.findElement(By.id("invoiceView:status")).getText().trim());
    }

    /** The total as shown ("R$ 1.234,56"). */
    public String total() {
        return eventually(driver -> driver.findElement(By.id("total")).getText().trim());
    }

    /** Clicks "PDF", once the growl of the step before (a payment, say) no longer lies over it. */
    public InvoicePage downloadPdf() {
        browser.waiting().ignoring(ElementClickInterceptedException.class).until(driver -> {
            driver.findElement(By.id("invoiceView:downloadPdf")).click();
            return true;
        });
        return this;
    }

    /** The link to the quote or order it came from ("Pedido nº 12"), or "" when it was typed from scratch. */
    public String source() {
        return browser.driver().findElements(By.id("invoiceView:source")).stream()
                .map(e -> e.getText().trim()).findFirst().orElse("");
    }

    public String amountDue() {
        return eventually(driver -> driver.findElement(By.id("amountDue")).getText().trim());
    }

    public InvoicePage waitForAmountDue(String shown) {
        browser.waiting().until(ExpectedConditions.textToBe(By.id("amountDue"), shown));
        return this;
    }

    /** The PIX "copia e cola" text, or "" when the page shows none. */
    public String pixPayload() {
        waitUntilAjaxSettles();
        return browser.driver().findElements(By.id("invoiceView:pixPayload")).stream()
                .map(e -> e.getAttribute("value")).findFirst().orElse("");
    }

    /** The amount the payment dialog opens with. */
    public String prefilledAmount() {
        openPaymentDialog();
        String value = valueOf("paymentForm:amount_input");
        browser.driver().findElement(By.id("paymentForm:cancelPayment")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("paymentDialog")));
        return value;
    }

    /** Registers a payment of {@code reais} ("100,00", or null to keep what is due) by the method of this label. */
    public InvoicePage pay(String reais, String methodLabel) {
        openPaymentDialog();
        if (reais != null) {
            WebElement amount = browser.driver().findElement(By.id("paymentForm:amount_input"));
            amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), reais);
        }
        if (methodLabel != null) {
            choose("paymentForm:method", methodLabel);
            waitUntilAjaxSettles();
        }
        browser.driver().findElement(By.id("paymentForm:savePayment")).click();
        confirmation().accept();
        waitUntilAjaxSettles();
        return this;
    }

    private void openPaymentDialog() {
        browser.driver().findElement(By.id("invoiceView:registerPayment")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("paymentDialog")));
        waitUntilAjaxSettles();
    }
}
