package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What every back-office page shares through its layout: the growl with success notes, the one confirmation
 * dialog behind {@code p:confirm}, and the message shown next to an input.
 */
public abstract class BackOfficePage {

    final Browser browser;

    BackOfficePage(Browser browser) {
        this.browser = browser;
    }

    /**
     * Waits for a condition that reads parts of the page an ajax update may replace meanwhile (table rows):
     * an element gone stale just means "look again".
     */
    /**
     * Waits until the page has had no ajax request in flight or queued for a while longer than the search box's
     * debounce, so the next step does not act on elements an answer is about to replace.
     */
    void waitUntilAjaxSettles() {
        long[] quietSince = {System.nanoTime()};
        browser.waiting().until(driver -> {
            Object busy = ((JavascriptExecutor) driver).executeScript("return (window.jQuery && jQuery.active > 0)"
                    + " || (window.PrimeFaces && !PrimeFaces.ajax.Queue.isEmpty())");
            long now = System.nanoTime();
            if (Boolean.TRUE.equals(busy)) {
                quietSince[0] = now;
                return false;
            }
            return now - quietSince[0] > 800_000_000L;
        });
    }

    <T> T eventually(Function<WebDriver, T> condition) {
        return browser.waiting().ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Waits until the growl says something containing {@code text}, and answers everything it says. */
    public String growlSaying(String text) {
        By growl = By.id("growl_container");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(growl, text));
        return browser.driver().findElement(growl).getText();
    }

    /**
     * Waits for the message on top of the page saying the record was saved by someone else meanwhile, and answers
     * it.
     */
    public String staleMessage() {
        By messages = By.id("staleMessages");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(messages, "alterado"));
        return browser.driver().findElement(messages).getText();
    }

    /** The confirmation dialog, once it is visible. */
    public Confirmation confirmation() {
        WebElement dialog = browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmForm:confirmDialog")));
        return new Confirmation(dialog);
    }

    /** The error shown next to an input, waiting for it to appear. */
    String errorNextToInput(String inputClientId) {
        By message = By.cssSelector("[id='" + inputClientId + "Message'] .ui-message-error-detail, [id='"
                + inputClientId + "Message'] .ui-message-warn-detail");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(message));
        // The answer that showed it may still be redrawing the form: read it once the page is quiet.
        waitUntilAjaxSettles();
        return eventually(driver -> driver.findElement(message).getText());
    }

    /** The error next to an input right now, or "" when there is none. */
    String currentErrorNextTo(String inputClientId) {
        waitUntilAjaxSettles();
        return eventually(driver -> driver.findElements(By.cssSelector("[id='" + inputClientId + "Message']"))
                .stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse(""));
    }

    String valueOf(String inputClientId) {
        return browser.driver().findElement(By.id(inputClientId)).getAttribute("value");
    }

    void type(String inputClientId, String text) {
        WebElement input = browser.driver().findElement(By.id(inputClientId));
        input.clear();
        input.sendKeys(text);
    }

    /** Picks an option of a p:selectOneMenu by its label, the way a person does: open, wait, click. */
    void choose(String selectClientId, String label) {
        browser.driver().findElement(By.id(selectClientId)).click();
        By panel = By.id(selectClientId + "_panel");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(panel));
        // The panel opens with a CSS transition, and PrimeFaces ignores a click on an option before it ends.
        browser.waiting().until(ExpectedConditions.attributeContains(panel, "class", "ui-connected-overlay-enter-done"));
        browser.driver().findElement(By.cssSelector("[id='" + selectClientId + "_items'] li[data-label='" + label + "']"))
                .click();
        browser.waiting().until(ExpectedConditions.textToBe(By.id(selectClientId + "_label"), label));
    }

    /** The p:confirm dialog of the layout. */
    public final class Confirmation {

        private final WebElement dialog;

        Confirmation(WebElement dialog) {
            this.dialog = dialog;
        }

        public String message() {
            return dialog.findElement(By.className("ui-confirm-dialog-message")).getText();
        }

        public void accept() {
            dialog.findElement(By.className("ui-confirmdialog-yes")).click();
            browser.waiting().until(ExpectedConditions.invisibilityOf(dialog));
        }

        public void cancel() {
            dialog.findElement(By.className("ui-confirmdialog-no")).click();
            browser.waiting().until(ExpectedConditions.invisibilityOf(dialog));
        }
    }
}
