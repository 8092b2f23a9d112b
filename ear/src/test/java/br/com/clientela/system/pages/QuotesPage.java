package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The quote list (/quotes/list.xhtml): search, state filter, the table, "Novo orçamento". */
public final class QuotesPage extends BackOfficePage {

    private QuotesPage(Browser browser) {
        super(browser);
    }

    public static QuotesPage open(Browser browser) {
        browser.open("/quotes/list.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("quotesForm:quotes")));
        return new QuotesPage(browser);
    }

    public QuotesPage search(String text) {
        type("quotesForm:search", text);
        waitUntilAjaxSettles();
        return this;
    }

    public EditQuotePage newQuote() {
        browser.driver().findElement(By.id("quotesForm:newQuote")).click();
        return EditQuotePage.current(browser);
    }

    public String emptyMessage() {
        return browser.driver().findElement(By.cssSelector("[id='quotesForm:quotes_data'] .ui-datatable-empty-message"))
                .getText();
    }

    public Row waitForRow(String number) {
        return eventually(driver -> row(number).orElse(null));
    }

    public Optional<Row> row(String number) {
        return rows().stream().filter(row -> row.number().equals(number)).findFirst();
    }

    public List<Row> rows() {
        return browser.driver().findElements(By.cssSelector("[id='quotesForm:quotes_data'] > tr[data-ri]")).stream()
                .map(Row::new).toList();
    }

    /** One row: number, client, date, validity, total, state. */
    public static final class Row {

        private final WebElement element;

        Row(WebElement element) {
            this.element = element;
        }

        private String cell(int index) {
            return element.findElements(By.tagName("td")).get(index).getText().trim();
        }

        public String number() {
            return cell(0);
        }

        public String client() {
            return cell(1);
        }

        public String validity() {
            return cell(3);
        }

        public String total() {
            return cell(4);
        }

        public String status() {
            return cell(5);
        }
    }
}
