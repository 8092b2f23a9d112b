package br.com.clientela.system.web;

import br.com.clientela.system.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The start page after login (/index.xhtml). */
public final class HomePage {

    private final Browser browser;

    private HomePage(Browser browser) {
        this.browser = browser;
    }

    public static HomePage current(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        return new HomePage(browser);
    }

    public String welcome() {
        return browser.driver().findElement(By.id("welcome")).getText();
    }

    public String companyName() {
        return browser.driver().findElement(By.id("companyName")).getText();
    }

    public String clientsCount() {
        return browser.driver().findElement(By.cssSelector("#clientsCard .card-figure")).getText();
    }

    public boolean showsMenuEntry(String label) {
        return browser.driver().findElements(By.cssSelector("#menuForm\\:menu a")).stream()
                .anyMatch(link -> link.getText().trim().equals(label));
    }

    public LoginPage signOut() {
        browser.driver().findElement(By.id("menuForm:logout")).click();
        return LoginPage.current(browser);
    }
}
