package br.com.clientela.system.web;

import br.com.clientela.system.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The staff login page (/login.xhtml). */
public final class LoginPage {

    private final Browser browser;

    private LoginPage(Browser browser) {
        this.browser = browser;
    }

    public static LoginPage open(Browser browser) {
        browser.open("/login.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")));
        return new LoginPage(browser);
    }

    public static LoginPage current(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")));
        return new LoginPage(browser);
    }

    public void signIn(String email, String password) {
        WebDriver driver = browser.driver();
        driver.findElement(By.id("login:email")).clear();
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        // The form posts without ajax: mark this page, then wait until a page without the mark has loaded,
        // so nothing of the old page is read. Chromium may answer with transient errors while it navigates.
        ((JavascriptExecutor) driver).executeScript("document.documentElement.setAttribute('data-left', 'yes')");
        driver.findElement(By.id("login:submit")).click();
        browser.waiting().ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState === 'complete'"
                        + " && !document.documentElement.hasAttribute('data-left')")));
    }

    public HomePage signInExpectingHome(String email, String password) {
        signIn(email, password);
        return HomePage.current(browser);
    }

    /** The error shown after a failed sign-in. */
    public String error() {
        return browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .ui-messages-error")))
                .getText();
    }

    public String heading() {
        return browser.driver().findElement(By.tagName("h2")).getText();
    }

    public String pageText() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }
}
