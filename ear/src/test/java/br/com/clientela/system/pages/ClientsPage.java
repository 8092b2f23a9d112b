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

    /** Ticks the rows of these clients, then puts them in a group through the bulk dialog, confirming. */
    public void addToGroup(String groupName, String... clientNames) {
        waitUntilAjaxSettles();
        for (String name : clientNames) {
            waitForRow(name).select();
        }
        BulkDialog dialog = openBulk("addToGroup");
        dialog.chooseGroup(groupName);
        dialog.apply().accept();
        dialog.waitUntilClosed();
    }

    /** Clicks a bulk action button ("changeStatus", "addToGroup", ...) and answers its dialog once it is open. */
    public BulkDialog openBulk(String buttonId) {
        waitUntilAjaxSettles();
        browser.driver().findElement(By.id("clientsForm:" + buttonId)).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("bulkForm:scope")));
        return new BulkDialog();
    }

    /** Picks a stage in the filter panel ("Inativo", or "Todos" for any); the table and cards follow. */
    public ClientsPage filterByStage(String label) {
        waitUntilAjaxSettles();
        openFilters();
        choose("clientsForm:stage", label);
        waitUntilAjaxSettles();
        return this;
    }

    /** The label the group filter shows ("Todos" when the list is not filtered by group). */
    public String groupFilter() {
        return browser.driver().findElement(By.id("clientsForm:group_label")).getText();
    }

    /** Opens the filter panel (closed at first so the results are in view), unless it is open already. */
    public ClientsPage openFilters() {
        if (!browser.driver().findElement(By.id("clientsForm:stage")).isDisplayed()) {
            browser.driver().findElement(By.cssSelector("[id='clientsForm:filters'] > legend")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("clientsForm:stage")));
        }
        return this;
    }

    public ClientsPage clearFilters() {
        waitUntilAjaxSettles();
        openFilters();
        browser.driver().findElement(By.id("clientsForm:clearFilters")).click();
        waitUntilAjaxSettles();
        return this;
    }

    /** The figure of a metric card: Total, CUSTOMER, LEAD, CONTACT, INACTIVE, Reviews, Rating or Sales. */
    public String metric(String name) {
        return eventually(driver -> driver.findElement(By.id("metric" + name)).getText().trim());
    }

    /** Waits until a metric card shows {@code figure}. */
    public void waitForMetric(String name, String figure) {
        eventually(driver -> driver.findElement(By.id("metric" + name)).getText().trim().equals(figure));
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

    /** The bulk action dialog: scope (ticked rows or all matching), the action's argument, apply. */
    public final class BulkDialog {

        public String title() {
            return browser.driver().findElement(By.id("bulkTitle")).getText();
        }

        /** The two scope choices as the dialog words them, with their counts. */
        public List<String> scopes() {
            return browser.driver().findElements(By.cssSelector("[id='bulkForm:scope'] label")).stream()
                    .map(WebElement::getText).toList();
        }

        /** Chooses "all that match the filter". */
        public BulkDialog chooseAllMatching() {
            browser.driver().findElement(By.cssSelector("[id='bulkForm:scope'] label[for='bulkForm:scope:1']")).click();
            waitUntilAjaxSettles();
            return this;
        }

        /** "Esta ação vai alcançar N cliente(s)." */
        public String affected() {
            return eventually(driver -> driver.findElement(By.id("affected")).getText());
        }

        public BulkDialog chooseGroup(String name) {
            choose("bulkForm:group", name);
            return this;
        }

        public BulkDialog chooseStatus(String label) {
            choose("bulkForm:status", label);
            return this;
        }

        /** Clicks "Aplicar": the confirmation with the count opens. */
        public Confirmation apply() {
            browser.driver().findElement(By.id("bulkForm:apply")).click();
            return confirmation();
        }

        /** Clicks "Baixar" of the export dialog: the CSV downloads. */
        public void download() {
            browser.driver().findElement(By.id("bulkForm:download")).click();
        }

        public void waitUntilClosed() {
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("bulkDialog")));
        }
    }

    /** One row of the table, as a person reads it. */
    public static final class Row {

        private final WebElement element;

        Row(WebElement element) {
            this.element = element;
        }

        /** The index-th column after the selection box, shown or hidden behind the "Colunas" button. */
        private String cell(int index) {
            return element.findElements(By.tagName("td")).get(index + 1).getAttribute("textContent").trim()
                    .replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }

        /** Ticks the row's selection box. */
        public void select() {
            element.findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")).click();
        }

        /** The title of the row's active-alert icon ("1 alerta(s) ativo(s), ..."), empty when it has none. */
        public Optional<String> alertFlag() {
            return element.findElements(By.cssSelector(".client-alert-flag")).stream()
                    .map(icon -> icon.getAttribute("title")).findFirst();
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

        public String groups() {
            return cell(4);
        }

        public String stage() {
            return cell(5);
        }

        public String defaultFee() {
            return cell(8);
        }

        /** The "Valor em aberto" cell: what the client still owes on open invoices ("R$ 100,00"). */
        public String amountDue() {
            return element.findElement(By.cssSelector("td.amount-due")).getAttribute("textContent").trim()
                    .replace('\u00a0', ' ');
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
