package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The company's centers (/company/centers.xhtml) with its create/rename dialog. */
public final class CentersPage extends BackOfficePage {

    static final String PATH = "/company/centers.xhtml";
    private static final By TABLE = By.id("centersForm:centers");
    private static final By DIALOG = By.id("centerDialog");

    private CentersPage(Browser browser) {
        super(browser);
    }

    public static CentersPage open(Browser browser) {
        browser.open(PATH);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(TABLE));
        return new CentersPage(browser);
    }

    /** Opens "Nova unidade", types the name, saves, and waits for the row. */
    public CentersPage create(String name) {
        browser.driver().findElement(By.id("centersForm:newCenter")).click();
        saveDialog(name);
        return this;
    }

    /** Opens "Renomear" in the row, types the new name, saves, and waits for the renamed row. */
    public CentersPage rename(String name, String newName) {
        row(name).orElseThrow().element.findElement(By.xpath(".//button[normalize-space()='Renomear']")).click();
        saveDialog(newName);
        return this;
    }

    /** Clicks "Desativar" in the row and confirms. */
    public CentersPage deactivate(String name) {
        row(name).orElseThrow().element.findElement(By.xpath(".//button[normalize-space()='Desativar']")).click();
        confirmation().accept();
        eventually(driver -> row(name).map(row -> row.status().equals("Inativa")).orElse(false));
        return this;
    }

    private void saveDialog(String name) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
        waitUntilAjaxSettles();
        type("centerForm:name", name);
        browser.driver().findElement(By.id("centerForm:save")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
        eventually(driver -> row(name).isPresent());
    }

    public Optional<Row> row(String name) {
        return rows().stream().filter(row -> row.name().equals(name)).findFirst();
    }

    public List<Row> rows() {
        return browser.driver().findElements(By.cssSelector("[id='centersForm:centers_data'] > tr[data-ri]")).stream()
                .map(Row::new)
                .toList();
    }

    /** One row of the table. */
    public static final class Row {

        private final WebElement element;

        Row(WebElement element) {
            this.element = element;
        }

        public String name() {
            return element.findElements(By.tagName("td")).get(0).getText().trim();
        }

        public String status() {
            return element.findElements(By.tagName("td")).get(1).getText().trim();
        }
    }
}
