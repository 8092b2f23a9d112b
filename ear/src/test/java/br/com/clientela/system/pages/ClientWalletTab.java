package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The "Carteira" tab of a client's profile (its own include, so its own page object): the balance, the ledger
 * and the add-funds / deduct dialogs, each confirmed before it is sent.
 */
public final class ClientWalletTab extends BackOfficePage {

    private static final String PREFIX = "profileForm:tabs:";

    private ClientWalletTab(Browser browser) {
        super(browser);
    }

    /** Opens the client's profile on the Carteira tab. */
    public static ClientWalletTab open(Browser browser, long clientId) {
        ClientProfilePage.open(browser, clientId).tab("Carteira");
        return new ClientWalletTab(browser);
    }

    /** The balance as shown ("R$ 1.234,56"). */
    public String balance() {
        return browser.driver().findElement(By.id("walletBalance")).getText().trim();
    }

    /** Waits until the balance shows this text, and answers the growl's note. */
    public ClientWalletTab waitForBalance(String shown) {
        browser.waiting().until(ExpectedConditions.textToBe(By.id("walletBalance"), shown));
        return this;
    }

    /** Adds funds through the dialog, typed in reais ("1234,56"), paid with the method of this label. */
    public ClientWalletTab addFunds(String reais, String methodLabel, String reason) {
        WebElement dialog = openDialog("walletAddFunds", "walletCreditDialog");
        type(PREFIX + "walletCredit:amount_input", reais);
        choose(PREFIX + "walletCredit:method", methodLabel);
        type(PREFIX + "walletCredit:reason", reason);
        dialog.findElement(By.id(PREFIX + "walletCreditSave")).click();
        confirmation().accept();
        return this;
    }

    /** Deducts through the dialog and confirms; the dialog stays open when the service refuses. */
    public ClientWalletTab deduct(String reais, String reason) {
        WebElement dialog = openDialog("walletDeduct", "walletDebitDialog");
        type(PREFIX + "walletDebit:amount_input", reais);
        type(PREFIX + "walletDebit:reason", reason);
        dialog.findElement(By.id(PREFIX + "walletDebitSave")).click();
        confirmation().accept();
        return this;
    }

    /** "Ver movimentações": the Transactions page filtered by this client. */
    public TransactionsPage openTransactions() {
        browser.driver().findElement(By.id(PREFIX + "walletTransactions")).click();
        return TransactionsPage.current(browser);
    }

    /** The refusal next to the deduct dialog's amount. */
    public String deductAmountError() {
        return errorNextToInput(PREFIX + "walletDebit:amount");
    }

    /** How many ledger lines the table shows on its page. */
    public int entriesShown() {
        waitUntilAjaxSettles();
        return browser.driver().findElements(By.cssSelector("[id='" + PREFIX + "walletEntries_data'] > tr[data-ri]"))
                .size();
    }

    private WebElement openDialog(String button, String dialogId) {
        browser.driver().findElement(By.id(PREFIX + button)).click();
        WebElement dialog = browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(PREFIX + dialogId)));
        waitUntilAjaxSettles();
        return dialog;
    }
}
