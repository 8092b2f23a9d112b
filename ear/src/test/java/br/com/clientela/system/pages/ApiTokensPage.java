package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The company's API tokens (/staff/tokens/list.xhtml): create (shown once), list, revoke. */
public final class ApiTokensPage extends BackOfficePage {

    private static final By TABLE = By.id("tokensForm:tokens");
    private static final By NEW_DIALOG = By.id("newTokenDialog");
    private static final By CREATED_DIALOG = By.id("createdTokenDialog");

    private ApiTokensPage(Browser browser) {
        super(browser);
    }

    public static ApiTokensPage open(Browser browser) {
        browser.open("/staff/tokens/list.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(TABLE));
        return new ApiTokensPage(browser);
    }

    /** Creates a token through the dialog (Enter submits) and answers the dialog that shows it once. */
    public CreatedToken create(String name) {
        browser.driver().findElement(By.id("tokensForm:newToken")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(NEW_DIALOG));
        browser.waiting().until(driver -> "newTokenForm:name".equals(driver.switchTo().activeElement().getAttribute("id")));
        type("newTokenForm:name", name + "\n");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(CREATED_DIALOG));
        return new CreatedToken();
    }

    /** The status shown in the token's row ("Válido" / "Revogado"), if the row is there. */
    public Optional<String> statusOf(String name) {
        return row(name).map(row -> row.findElement(By.className("token-status")).getText());
    }

    public Confirmation askToRevoke(String name) {
        row(name).orElseThrow().findElement(By.xpath(".//button[normalize-space()='Revogar']")).click();
        return confirmation();
    }

    public void waitForStatus(String name, String status) {
        eventually(driver -> statusOf(name).map(status::equals).orElse(false));
    }

    public String pageSource() {
        return browser.driver().getPageSource();
    }

    private Optional<WebElement> row(String name) {
        return browser.driver().findElements(By.cssSelector("[id='tokensForm:tokens_data'] > tr[data-ri]")).stream()
                .filter(row -> row.findElement(By.className("token-name")).getText().equals(name))
                .findFirst();
    }

    /** The dialog showing the new token. */
    public final class CreatedToken {

        public String token() {
            return valueOf("createdTokenForm:token");
        }

        public String hint() {
            return browser.driver().findElement(By.id("copyHint")).getText();
        }

        public void close() {
            browser.driver().findElement(By.id("createdTokenForm:done")).click();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(CREATED_DIALOG));
            // Closing makes the page forget the token: wait for that round trip to finish.
            browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.id("createdTokenForm:token"), 0));
        }
    }
}
