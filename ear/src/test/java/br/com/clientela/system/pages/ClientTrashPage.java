package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The clients in the trash (/clients/trash.xhtml). */
public final class ClientTrashPage extends BackOfficePage {

    private static final By ROWS = By.cssSelector("[id='trashForm:clients_data'] > tr[data-ri]");

    private ClientTrashPage(Browser browser) {
        super(browser);
    }

    public static ClientTrashPage open(Browser browser) {
        browser.open("/clients/trash.xhtml");
        return current(browser);
    }

    public static ClientTrashPage current(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("trashForm:clients")));
        return new ClientTrashPage(browser);
    }

    /** The names in the table, as shown. */
    public List<String> names() {
        return browser.driver().findElements(ROWS).stream()
                .map(row -> row.findElement(By.cssSelector(".client-name")).getText().trim())
                .toList();
    }

    /** Clicks "Restaurar" in the row of {@code name}; the confirmation dialog opens. */
    public Confirmation askToRestore(String name) {
        rowOf(name).findElement(By.xpath(".//button[normalize-space()='Restaurar']")).click();
        return confirmation();
    }

    /** Clicks "Excluir definitivamente" in the row of {@code name}; the confirmation dialog opens. */
    public Confirmation askToDeleteForGood(String name) {
        rowOf(name).findElement(By.xpath(".//button[normalize-space()='Excluir definitivamente']")).click();
        return confirmation();
    }

    /** Whether the row of {@code name} offers deleting for good (only to an ADMIN). */
    public boolean offersDeletingForGood(String name) {
        return !rowOf(name).findElements(By.xpath(".//button[normalize-space()='Excluir definitivamente']")).isEmpty();
    }

    private WebElement rowOf(String name) {
        return browser.driver().findElements(ROWS).stream()
                .filter(r -> r.findElement(By.cssSelector(".client-name")).getText().trim().equals(name))
                .findFirst()
                .orElseThrow();
    }

    public void waitForNoRow(String name) {
        eventually(driver -> !names().contains(name));
    }
}
