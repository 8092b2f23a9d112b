package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The catalog of services and products (/catalog/list.xhtml) with its add/edit dialog. */
public final class CatalogPage extends BackOfficePage {

    private static final By TABLE = By.id("catalogForm:items");
    private static final By DIALOG = By.id("itemDialog");

    private CatalogPage(Browser browser) {
        super(browser);
    }

    public static CatalogPage open(Browser browser) {
        browser.open("/catalog/list.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(TABLE));
        return new CatalogPage(browser);
    }

    public boolean offersNewItem() {
        return !browser.driver().findElements(By.id("catalogForm:newItem")).isEmpty();
    }

    /** Opens "Novo item", chooses the kind by its label, types name, code and price, and saves. */
    public CatalogPage submitNew(String kindLabel, String name, String code, String price) {
        browser.driver().findElement(By.id("catalogForm:newItem")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
        waitUntilAjaxSettles();
        browser.driver().findElement(By.xpath("//*[@id='itemForm:kind']//label[normalize-space()='" + kindLabel + "']"))
                .click();
        type("itemForm:name", name);
        type("itemForm:code", code);
        type("itemForm:unitPrice_input", price);
        browser.driver().findElement(By.id("itemForm:save")).click();
        waitUntilAjaxSettles();
        return this;
    }

    /** Adds an item and waits for its row. */
    public CatalogPage add(String kindLabel, String name, String code, String price) {
        submitNew(kindLabel, name, code, price);
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
        eventually(driver -> row(name).isPresent());
        return this;
    }

    public String errorNextTo(String field) {
        return errorNextToInput("itemForm:" + field);
    }

    /** Clicks "Desativar" in the row and confirms. */
    public CatalogPage deactivate(String name) {
        row(name).orElseThrow().element.findElement(By.xpath(".//button[normalize-space()='Desativar']")).click();
        confirmation().accept();
        eventually(driver -> row(name).map(row -> row.status().equals("Inativo")).orElse(false));
        return this;
    }

    public Optional<Row> row(String name) {
        return rows().stream().filter(row -> row.name().equals(name)).findFirst();
    }

    public List<Row> rows() {
        return browser.driver().findElements(By.cssSelector("[id='catalogForm:items_data'] > tr[data-ri]")).stream()
                .map(Row::new)
                .toList();
    }

    /** One row of the table: name, kind, code, price, status. */
    public static final class Row {

        private final WebElement element;

        Row(WebElement element) {
            this.element = element;
        }

        private String cell(int index) {
            return element.findElements(By.tagName("td")).get(index).getText().trim();
        }

        public String name() {
            return cell(0);
        }

        public String kind() {
            return cell(1);
        }

        public String code() {
            return cell(2);
        }

        public String price() {
            return cell(3);
        }

        public String status() {
            return cell(4);
        }
    }
}
