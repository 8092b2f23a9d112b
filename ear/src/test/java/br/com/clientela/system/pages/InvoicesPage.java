package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The invoice list (/invoices/list.xhtml): search box, filters and the lazy table. */
public final class InvoicesPage extends BackOfficePage {

    private static final String TABLE = "invoicesForm:invoices";

    private InvoicesPage(Browser browser) {
        super(browser);
    }

    public static InvoicesPage open(Browser browser) {
        browser.open("/invoices/list.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(TABLE)));
        return new InvoicesPage(browser);
    }

    /** Types in the search box and waits for the table to answer. */
    public InvoicesPage search(String text) {
        type("invoicesForm:search", text);
        waitUntilAjaxSettles();
        return this;
    }

    /** Each row shown as "number | client | status", and the status tag's classes after a second "|". */
    public List<String> rows() {
        waitUntilAjaxSettles();
        return eventually(driver -> driver.findElements(By.cssSelector("[id='" + TABLE + "_data'] > tr[data-ri]"))
                .stream().map(InvoicesPage::row).toList());
    }

    private static String row(WebElement tr) {
        WebElement status = tr.findElement(By.className("invoice-status"));
        return tr.findElement(By.className("invoice-number")).getText().trim() + " | "
                + tr.findElement(By.className("invoice-client")).getText().trim() + " | " + status.getText().trim()
                + " | " + status.getAttribute("class");
    }
}
