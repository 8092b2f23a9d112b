package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The merge preview (/clients/merge.xhtml?winner=...&amp;loser=...): a choice per field, then "Mesclar". */
public final class MergeClientsPage extends BackOfficePage {

    private MergeClientsPage(Browser browser) {
        super(browser);
    }

    public static String path(long winner, long loser) {
        return "/clients/merge.xhtml?winner=" + winner + "&loser=" + loser;
    }

    public static MergeClientsPage current(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("mergeForm:merge")));
        return new MergeClientsPage(browser);
    }

    /** "Fica: name" and "Sai: name", the two column headings. */
    public String winnerHeading() {
        return browser.driver().findElement(By.id("winnerHeading")).getText();
    }

    public String loserHeading() {
        return browser.driver().findElement(By.id("loserHeading")).getText();
    }

    /** Picks, in the row of {@code field} (e.g. "email"), the option showing {@code value}. */
    public MergeClientsPage keep(String field, String value) {
        WebElement row = browser.driver().findElement(By.cssSelector("tr.field-" + field));
        WebElement label = row.findElement(By.xpath(".//label[normalize-space()='" + value + "']"));
        label.click();
        browser.waiting().until(driver -> driver.findElement(By.id(label.getAttribute("for"))).isSelected());
        return this;
    }

    /** Clicks "Mesclar", confirms, and lands on the profile of the client that stays. */
    public ClientProfilePage mergeAndConfirm() {
        browser.driver().findElement(By.id("mergeForm:merge")).click();
        Confirmation confirmation = confirmation();
        confirmation.accept();
        return ClientProfilePage.current(browser);
    }
}
