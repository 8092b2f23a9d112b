package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The "Pedidos" tab of a client's profile: the summary line, the client's orders and "Novo pedido". */
public final class ClientOrdersTab extends BackOfficePage {

    private static final String PREFIX = "profileForm:tabs:orders:";

    private ClientOrdersTab(Browser browser) {
        super(browser);
    }

    public static ClientOrdersTab open(Browser browser, long clientId) {
        ClientProfilePage.open(browser, clientId).tab("Pedidos");
        return new ClientOrdersTab(browser);
    }

    public String summary() {
        waitUntilAjaxSettles();
        return eventually(driver -> driver.findElement(By.id(PREFIX + "ordersSummary")).getText().trim());
    }

    /** Each order shown: "number | type | status | items | total". */
    public List<String> rows() {
        waitUntilAjaxSettles();
        return eventually(driver -> driver.findElements(By.cssSelector("[id='" + PREFIX + "ordersTable_data'] > tr[data-ri]"))
                .stream().map(ClientOrdersTab::describe).toList());
    }

    private static String describe(WebElement row) {
        List<WebElement> cells = row.findElements(By.tagName("td"));
        WebElement statusCell = cells.get(2);
        List<WebElement> menu = statusCell.findElements(By.cssSelector("[id$=':status_label']"));
        String status = menu.isEmpty() ? statusCell.getText().trim() : menu.get(0).getText().trim();
        return cells.get(0).getText().trim() + " | " + cells.get(1).getText().trim() + " | " + status + " | "
                + cells.get(3).getText().trim() + " | " + cells.get(4).getText().trim();
    }

    /** Changes the status of row {@code index} (0 = newest) in its own menu. */
    public ClientOrdersTab changeStatus(int index, String label) {
        choose(PREFIX + "ordersTable:" + index + ":status", label);
        waitUntilAjaxSettles();
        return this;
    }

    /** Follows "Novo pedido" to a new order for this client. */
    public OrderEditPage newOrder() {
        browser.driver().findElement(By.id(PREFIX + "newOrder")).click();
        return OrderEditPage.current(browser);
    }
}
