package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** "Encontrar duplicados" (/clients/duplicates.xhtml): likely pairs, a search box, "Mesclar" per pair. */
public final class ClientDuplicatesPage extends BackOfficePage {

    private static final By ROWS = By.cssSelector("[id='duplicatesForm:pairs_data'] > tr[data-ri]");

    private ClientDuplicatesPage(Browser browser) {
        super(browser);
    }

    public static ClientDuplicatesPage open(Browser browser) {
        browser.open("/clients/duplicates.xhtml");
        return current(browser);
    }

    public static ClientDuplicatesPage current(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("duplicatesForm:pairs")));
        return new ClientDuplicatesPage(browser);
    }

    /** Types in the search box and waits for the table to follow. */
    public ClientDuplicatesPage search(String text) {
        type("duplicatesForm:query", text);
        waitUntilAjaxSettles();
        return this;
    }

    /** Each pair as shown: the first client's name, the second's, and what they have in common. */
    public List<List<String>> pairs() {
        return eventually(driver -> driver.findElements(ROWS).stream()
                .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message"))
                .map(row -> List.of(name(row, "first-client"), name(row, "second-client"),
                        row.findElements(By.cssSelector(".matched-on")).stream().map(WebElement::getText)
                                .reduce((a, b) -> a + ", " + b).orElse("")))
                .toList());
    }

    /** Clicks "Mesclar" on the pair whose first client is {@code firstName}; the merge preview opens. */
    public MergeClientsPage merge(String firstName) {
        WebElement row = eventually(driver -> driver.findElements(ROWS).stream()
                .filter(r -> name(r, "first-client").equals(firstName)).findFirst().orElse(null));
        row.findElement(By.cssSelector(".merge-pair")).click();
        return MergeClientsPage.current(browser);
    }

    private static String name(WebElement row, String side) {
        return row.findElement(By.cssSelector("." + side + " .client-name")).getText().trim();
    }
}
