package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The 404 page, also shown for pages and records the caller may not see. */
public final class NotFoundPage {

    private final Browser browser;

    private NotFoundPage(Browser browser) {
        this.browser = browser;
    }

    /** Waits for the 404 page; fails the test (by timeout) if another page is shown. */
    public static NotFoundPage current(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("errorTitle")));
        return new NotFoundPage(browser);
    }

    public String title() {
        return browser.driver().findElement(By.id("errorTitle")).getText();
    }

    public String text() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }
}
