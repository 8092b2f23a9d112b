package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The ADMIN's custom fields of the client record (/company/custom-fields.xhtml): table and field dialog. */
public final class CustomFieldsPage extends BackOfficePage {

    private CustomFieldsPage(Browser browser) {
        super(browser);
    }

    public static CustomFieldsPage open(Browser browser) {
        browser.open("/company/custom-fields.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("fieldsForm:fields")));
        return new CustomFieldsPage(browser);
    }

    /** Opens the dialog for a new field. */
    public CustomFieldsPage newField() {
        browser.driver().findElement(By.id("fieldsForm:newField")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("fieldForm:label")));
        waitUntilAjaxSettles();
        return this;
    }

    public CustomFieldsPage label(String label) {
        type("fieldForm:label", label);
        return this;
    }

    public CustomFieldsPage key(String key) {
        type("fieldForm:key", key);
        return this;
    }

    /** Picks the type by its label ("Texto", "Número", "Data", "Escolha"). */
    public CustomFieldsPage type(String label) {
        choose("fieldForm:type", label);
        waitUntilAjaxSettles();
        return this;
    }

    /** The options of a choice field, one per line. */
    public CustomFieldsPage options(String... options) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("fieldForm:options")));
        type("fieldForm:options", String.join("\n", options));
        return this;
    }

    public CustomFieldsPage required() {
        browser.driver().findElement(By.cssSelector("[id='fieldForm:required'] .ui-chkbox-box")).click();
        return this;
    }

    /** Saves the dialog and waits for it to close. */
    public CustomFieldsPage save() {
        clickSave();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("fieldDialog")));
        waitUntilAjaxSettles();
        return this;
    }

    /** Saves the dialog expecting a refusal next to a field of it ("label", "key", "options"). */
    public String saveExpectingErrorNextTo(String field) {
        clickSave();
        return errorNextToInput("fieldForm:" + field);
    }

    /** The button may be below the fold of the dialog's scrolling content, as for a person on a small screen. */
    private void clickSave() {
        WebElement save = browser.driver().findElement(By.id("fieldForm:save"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(save)).click();
    }

    /** Each row of the table as its cells' text: label, key, type, required, status. */
    public List<List<String>> rows() {
        waitUntilAjaxSettles();
        return eventually(driver -> driver.findElements(By.cssSelector("[id='fieldsForm:fields_data'] > tr[data-ri]"))
                .stream()
                .map(row -> row.findElements(By.tagName("td")).stream().limit(5).map(c -> c.getText().trim()).toList())
                .toList());
    }

    /** Clicks a row's action ("deactivate", "delete", "activate") and answers the confirmation, if any. */
    public Confirmation askTo(String action, String label) {
        rowOf(label).findElement(By.cssSelector("[id$=':" + action + "']")).click();
        return confirmation();
    }

    private WebElement rowOf(String label) {
        return browser.driver().findElement(By.xpath("//*[@id='fieldsForm:fields_data']/tr[.//span[contains(@class,"
                + "'field-label') and normalize-space()='" + label + "']]"));
    }
}
