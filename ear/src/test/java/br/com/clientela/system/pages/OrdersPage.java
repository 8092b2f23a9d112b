package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The orders list (/orders/list.xhtml): search box, filters and the table. */
public final class OrdersPage extends BackOfficePage {

    private OrdersPage(Browser browser) {
        super(browser);
    }

    public static OrdersPage open(Browser browser) {
        browser.open("/orders/list.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ordersForm:orders")));
        return new OrdersPage(browser);
    }

    public OrdersPage search(String text) {
        type("ordersForm:search", text);
        waitUntilAjaxSettles();
        return this;
    }

    /** The row of the order with this number, once the table shows it. */
    public Optional<Row> row(long number) {
        return rows().stream().filter(row -> row.number().equals(String.valueOf(number))).findFirst();
    }

    public List<Row> rows() {
        return eventually(driver -> driver.findElements(By.cssSelector("[id='ordersForm:orders_data'] > tr[data-ri]"))
                .stream().map(Row::new).toList());
    }

    /** One row: number, client, type, status, items, total, created at. */
    public static final class Row {

        private final List<String> cells;

        Row(WebElement element) {
            this.cells = element.findElements(By.tagName("td")).stream().map(td -> td.getText().trim()).toList();
        }

        public String number() {
            return cells.get(0);
        }

        public String client() {
            return cells.get(1);
        }

        public String type() {
            return cells.get(2);
        }

        public String status() {
            return cells.get(3);
        }

        public String items() {
            return cells.get(4);
        }

        public String total() {
            return cells.get(5);
        }
    }
}
