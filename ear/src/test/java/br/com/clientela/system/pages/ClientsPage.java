package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The company's clients (/clients/list.xhtml): search box, table, row actions. */
public final class ClientsPage extends BackOfficePage {

    static final String PATH = "/clients/list.xhtml";
    private static final By TABLE = By.id("clientsForm:clients");
    private static final By ROWS = By.cssSelector("[id='clientsForm:clients_data'] > tr[data-ri]");

    private ClientsPage(Browser browser) {
        super(browser);
    }

    public static ClientsPage open(Browser browser) {
        browser.open(PATH);
        return current(browser);
    }

    public static ClientsPage current(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(TABLE));
        return new ClientsPage(browser);
    }

    /** Types into the search box, the way a person does; the table follows shortly after. */
    public ClientsPage search(String text) {
        type("clientsForm:query", text);
        waitUntilAjaxSettles();
        return this;
    }

    /** Waits until the table shows a row for {@code name}. */
    public Row waitForRow(String name) {
        eventually(driver -> row(name).isPresent());
        return row(name).orElseThrow();
    }

    /** Ticks the rows of these clients, then puts them in a group through the "Adicionar ao grupo" dialog. */
    public void addToGroup(String groupName, String... clientNames) {
        waitUntilAjaxSettles();
        for (String name : clientNames) {
            waitForRow(name).select();
        }
        browser.driver().findElement(By.id("clientsForm:addToGroup")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("groupForm:group")));
        choose("groupForm:group", groupName);
        browser.driver().findElement(By.id("groupForm:add")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("groupDialog")));
    }

    /** Waits until the table shows exactly these names, in this order. */
    public void waitForNames(List<String> names) {
        eventually(driver -> rows().stream().map(Row::name).toList().equals(names));
    }

    /** Waits until the table shows its empty state, and answers its text. */
    public String waitForEmptyState() {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='clientsForm:clients_data'] .ui-datatable-empty-message"))).getText();
    }

    public Optional<Row> row(String name) {
        return rows().stream().filter(row -> row.name().equals(name)).findFirst();
    }

    public List<Row> rows() {
        return browser.driver().findElements(ROWS).stream().map(Row::new).toList();
    }

    /** Clicks the trash button of the row; the confirmation dialog opens. */
    public Confirmation askToTrash(String name) {
        row(name).orElseThrow().element.findElement(By.cssSelector("[id$=':moveToTrash']")).click();
        return confirmation();
    }

    /** Waits until the row of {@code name} is gone from the table. */
    public void waitForNoRow(String name) {
        eventually(driver -> row(name).isEmpty());
    }

    public ClientTrashPage openTrash() {
        browser.driver().findElement(By.id("clientsForm:trash")).click();
        return ClientTrashPage.current(browser);
    }

    public EditClientPage newClient() {
        browser.driver().findElement(By.id("clientsForm:newClient")).click();
        return EditClientPage.current(browser);
    }

    /** One row of the table, as a person reads it. */
    public static final class Row {

        private final WebElement element;

        Row(WebElement element) {
            this.element = element;
        }

        /** The index-th column after the selection box. */
        private String cell(int index) {
            return element.findElements(By.tagName("td")).get(index + 1).getText().trim();
        }

        /** Ticks the row's selection box. */
        public void select() {
            element.findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")).click();
        }

        public String name() {
            return cell(0);
        }

        public String document() {
            return cell(1);
        }

        public String phone() {
            return cell(2);
        }

        public String email() {
            return cell(3);
        }

        public String stage() {
            return cell(4);
        }

        /** Where the WhatsApp button leads, if the row has one. */
        public Optional<String> whatsAppLink() {
            return element.findElements(By.cssSelector("[id$=':whatsApp']")).stream()
                    .map(link -> link.getAttribute("href") != null ? link.getAttribute("href")
                            : link.findElement(By.tagName("a")).getAttribute("href"))
                    .findFirst();
        }
    }
}
