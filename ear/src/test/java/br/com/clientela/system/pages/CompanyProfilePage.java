package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The signed-in ADMIN's company (/company/profile.xhtml): profile form and logo upload. */
public final class CompanyProfilePage extends BackOfficePage {

    private CompanyProfilePage(Browser browser) {
        super(browser);
    }

    public static CompanyProfilePage open(Browser browser) {
        browser.open("/company/profile.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("profileForm:legalName")));
        return new CompanyProfilePage(browser);
    }

    /** Field names as in the API: legalName, tradeName, cnpj, slug, email, phone, pixKey, postalCode, ... */
    public String value(String field) {
        return valueOf("profileForm:" + field);
    }

    public CompanyProfilePage set(String field, String value) {
        type("profileForm:" + field, value);
        return this;
    }

    /** Saves by pressing Enter in the last field typed into (as a keyboard user would). */
    public void saveWithEnter(String field) {
        browser.driver().findElement(By.id("profileForm:" + field)).sendKeys("\n");
    }

    public String errorNextTo(String field) {
        return errorNextToInput("profileForm:" + field);
    }

    /** Chooses a logo file; the page uploads it at once. */
    public void chooseLogo(Path file) {
        browser.driver().findElement(By.id("logoForm:logo_input")).sendKeys(file.toAbsolutePath().toString());
    }

    public String logoError() {
        return browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[id='logoForm:logoMessages'] .ui-messages-error")))
                .getText();
    }

    public boolean showsLogo() {
        return !browser.driver().findElements(By.id("logoImage")).isEmpty();
    }

    public String logoPanelText() {
        return browser.driver().findElement(By.id("logoForm:currentLogo")).getText();
    }
}
