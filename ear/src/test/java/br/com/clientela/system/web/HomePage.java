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

    /** The figure of the dashboard's card for a stage (CUSTOMER, LEAD, CONTACT, INACTIVE). */
    public String stageCount(String stage) {
        return browser.driver().findElement(By.id("stage" + stage)).getText().trim();
    }

    /** The lines of "Aniversariantes da semana": day, name and age. */
    public java.util.List<String> birthdays() {
        return browser.driver().findElements(By.cssSelector("#birthdays li")).stream()
                .map(item -> item.getText().trim()).toList();
    }

    /** Whether the clients-per-month chart was drawn (a canvas inside the chart). */
    public boolean showsPerMonthChart() {
        return !browser.driver().findElements(By.cssSelector("[id='perMonthChart'] canvas")).isEmpty();
    }

    /** The clients registered this month, as the chart's text table reads (its last row). */
    public long clientsThisMonth() {
        java.util.List<org.openqa.selenium.WebElement> cells = browser.driver()
                .findElements(By.cssSelector("#perMonthTable td"));
        return Long.parseLong(cells.get(cells.size() - 1).getAttribute("textContent").trim());
    }

    /** Whether the side menu has an entry with this label (read whole: a folded group still counts). */
    public boolean showsMenuEntry(String label) {
        return browser.driver().findElements(By.cssSelector("#mainMenu a")).stream()
                .anyMatch(link -> link.getAttribute("textContent").trim().equals(label));
    }

    /** The text of a dashboard element by id ("receivedThisMonth", "overdueCount", ...), or "" when absent. */
    public String dashboard(String id) {
        return browser.driver().findElements(By.id(id)).stream().map(e -> e.getText().trim()).findFirst().orElse("");
    }

    public LoginPage signOut() {
        browser.driver().findElement(By.id("menuForm:logout")).click();
        return LoginPage.current(browser);
    }
}
