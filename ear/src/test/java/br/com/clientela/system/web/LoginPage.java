package br.com.clientela.system.web;

import br.com.clientela.system.Browser;
import org.openqa.selenium.By;
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
        var submit = driver.findElement(By.id("login:submit"));
        submit.click();
        // The form posts without ajax: wait for the next page so no element of this one is read.
        browser.waiting().until(ExpectedConditions.stalenessOf(submit));
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
