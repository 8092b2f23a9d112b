package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The client form (/clients/edit.xhtml, ?id=... to change a client). */
public final class EditClientPage extends BackOfficePage {

    private EditClientPage(Browser browser) {
        super(browser);
    }

    public static EditClientPage openNew(Browser browser) {
        browser.open("/clients/edit.xhtml");
        return current(browser);
    }

    public static EditClientPage open(Browser browser, long id) {
        browser.open(path(id));
        return current(browser);
    }

    public static String path(Object id) {
        return "/clients/edit.xhtml?id=" + id;
    }

    public static EditClientPage current(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("clientForm:name")));
        return new EditClientPage(browser);
    }

    /** Picks "Pessoa física" or "Pessoa jurídica" and waits for the labels to follow. */
    public EditClientPage kind(String label) {
        browser.driver().findElement(By.xpath("//*[@id='clientForm:kind']//label[normalize-space()='" + label + "']"))
                .click();
        String documentLabel = label.equals("Pessoa jurídica") ? "CNPJ" : "CPF";
        browser.waiting().until(ExpectedConditions.textToBe(By.id("clientForm:documentLabel"), documentLabel));
        return this;
    }

    public String documentLabel() {
        return browser.driver().findElement(By.id("clientForm:documentLabel")).getText();
    }

    public boolean showsTradeName() {
        return !browser.driver().findElements(By.id("clientForm:tradeName")).isEmpty();
    }

    public EditClientPage name(String name) {
        type("clientForm:name", name);
        return this;
    }

    public String name() {
        return valueOf("clientForm:name");
    }

    public EditClientPage document(String document) {
        type("clientForm:document", document);
        return this;
    }

    public String document() {
        return valueOf("clientForm:document");
    }

    public EditClientPage email(String email) {
        type("clientForm:email", email);
        return this;
    }

    /**
     * Leaves the e-mail or phone input ({@code "email"}, {@code "phone"}) and answers the warning that appears
     * under it about another client with the same value, with the link to that client's profile.
     */
    public DuplicateWarning duplicateWarningAfterLeaving(String field) {
        browser.driver().findElement(By.id("clientForm:" + field)).sendKeys(Keys.TAB);
        By link = By.cssSelector("[id='clientForm:" + field + "Duplicates'] a.duplicate-link");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(link));
        waitUntilAjaxSettles();
        return eventually(driver -> {
            WebElement warning = driver.findElement(By.id("clientForm:" + field + "Duplicates"));
            return new DuplicateWarning(warning.getText().trim(),
                    warning.findElement(By.cssSelector("a.duplicate-link")).getAttribute("href"));
        });
    }

    /** The warning under an input: its text and where its link to the other client goes. */
    public record DuplicateWarning(String text, String link) {
    }

    public EditClientPage phone(String phone) {
        type("clientForm:phone", phone);
        return this;
    }

    /** Adds an address row and fills it: CEP, city and UF. */
    public EditClientPage address(String postalCode, String city, String state) {
        int row = browser.driver().findElements(By.cssSelector(".address-row")).size();
        browser.driver().findElement(By.id("clientForm:addAddress")).click();
        String prefix = "clientForm:addresses:" + row + ":";
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(prefix + "postalCode")));
        type(prefix + "postalCode", postalCode);
        // Leaving the CEP asks for its address, and the answer redraws the row's fields: wait for it first.
        browser.driver().findElement(By.id(prefix + "postalCode")).sendKeys(Keys.TAB);
        waitUntilAjaxSettles();
        type(prefix + "city", city);
        choose(prefix + "state", state);
        return this;
    }

    /** Adds an address row, types its CEP and leaves the field, which asks for the address behind the CEP. */
    public EditClientPage addressByPostalCode(String postalCode) {
        int row = browser.driver().findElements(By.cssSelector(".address-row")).size();
        browser.driver().findElement(By.id("clientForm:addAddress")).click();
        String id = "clientForm:addresses:" + row + ":postalCode";
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        browser.driver().findElement(By.id(id)).sendKeys(postalCode, Keys.TAB);
        return this;
    }

    /**
     * An address row's street, district and city as the inputs show them, and the UF chosen. The CEP answer
     * redraws the row, so an input found a moment ago may be gone: looking again is part of waiting.
     */
    public String addressFieldWhenFilled(int row, String field) {
        String prefix = "clientForm:addresses:" + row + ":";
        if (field.equals("state")) {
            return eventually(d -> {
                String label = d.findElement(By.id(prefix + "state_label")).getText().trim();
                return label.isEmpty() || label.equals("—") ? null : label;
            });
        }
        return eventually(d -> {
            String value = d.findElement(By.id(prefix + field)).getDomProperty("value");
            return value == null || value.isBlank() ? null : value;
        });
    }

    /** Types the birth date (dd/MM/yyyy) and leaves the field, which may bring up the guardian section. */
    public EditClientPage birthDate(String date) {
        WebElement input = browser.driver().findElement(By.id("clientForm:birthDate_input"));
        input.clear();
        input.sendKeys(date);
        input.sendKeys(Keys.ESCAPE);
        browser.driver().findElement(By.id("clientForm:name")).click();
        waitUntilAjaxSettles();
        return this;
    }

    /** Types into the birth date exactly what is given (digits only, say) and leaves the field with Tab. */
    public EditClientPage typeBirthDateAndTabAway(String typed) {
        WebElement input = browser.driver().findElement(By.id("clientForm:birthDate_input"));
        input.click();
        input.sendKeys(typed);
        input.sendKeys(Keys.TAB);
        waitUntilAjaxSettles();
        return this;
    }

    /** What the birth date input shows now. */
    public String birthDateShown() {
        return eventually(driver -> driver.findElement(By.id("clientForm:birthDate_input")).getDomProperty("value"));
    }

    /** Whether the birth date's calendar is open. */
    public boolean birthDateCalendarOpen() {
        return browser.driver().findElements(By.id("clientForm:birthDate_panel")).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Whether the keyboard focus is on a control inside the open birth-date calendar (it moves there once opened). */
    public boolean focusInsideBirthDateCalendar() {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var e = document.activeElement; return !!(e && e.closest && e.closest('[id=\"clientForm:birthDate_panel\"]'));"));
    }

    /** Puts the keyboard focus on an input of the form ("name", "birthDate_input"). */
    public EditClientPage focus(String field) {
        WebElement input = browser.driver().findElement(By.id("clientForm:" + field));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus()", input);
        return this;
    }

    /** Presses keys on whatever has the focus, as a keyboard user does. */
    public EditClientPage press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(keys).perform();
        return this;
    }

    /** The id of the element that has the keyboard focus ("" for none). */
    public String focusedId() {
        Object id = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.activeElement ? document.activeElement.id : ''");
        return id == null ? "" : id.toString();
    }

    /** Clicks the save button at the top right of the form. */
    public void saveAtTheTop() {
        waitUntilAjaxSettles();
        browser.driver().findElement(By.id("clientForm:saveTop")).click();
    }

    /** Whether the label of an input carries the required mark and the input says so to assistive technology. */
    public boolean markedRequired(String field) {
        WebElement label = browser.driver().findElement(By.cssSelector("label[for='clientForm:" + field + "']"));
        WebElement input = browser.driver().findElement(By.id("clientForm:" + field));
        return label.getText().contains("*") && "true".equals(input.getDomAttribute("aria-required"));
    }

    /** Clicks the "?" next to a field's label ("documentHelp") and answers the text it shows. */
    public String openHelp(String helpId) {
        browser.driver().findElement(By.id(helpId + "Toggle")).click();
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(helpId))).getText();
    }

    public boolean showsGuardian() {
        waitUntilAjaxSettles();
        return !browser.driver().findElements(By.id("clientForm:guardianName")).isEmpty();
    }

    public EditClientPage guardian(String name, String cpf) {
        type("clientForm:guardianName", name);
        type("clientForm:guardianDocument", cpf);
        return this;
    }

    /** Adds a contact row and fills it. */
    public EditClientPage contact(String name, String role, String phone, String email) {
        int row = browser.driver().findElements(By.cssSelector("[id^='clientForm:contacts:'][id$=':name']")).size();
        browser.driver().findElement(By.id("clientForm:addContact")).click();
        String prefix = "clientForm:contacts:" + row + ":";
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(prefix + "name")));
        waitUntilAjaxSettles();
        type(prefix + "name", name);
        type(prefix + "role", role);
        type(prefix + "phone", phone);
        type(prefix + "email", email);
        return this;
    }

    /** Adds an emergency contact row and fills it. */
    public EditClientPage emergencyContact(String name, String phone, String relationship) {
        int row = browser.driver().findElements(By.cssSelector("[id^='clientForm:emergencyContacts:'][id$=':name']"))
                .size();
        browser.driver().findElement(By.id("clientForm:addEmergencyContact")).click();
        String prefix = "clientForm:emergencyContacts:" + row + ":";
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(prefix + "name")));
        waitUntilAjaxSettles();
        type(prefix + "name", name);
        type(prefix + "phone", phone);
        type(prefix + "relationship", relationship);
        return this;
    }

    /** The nudge shown while the client has fewer than two emergency contacts; "" when there is none. */
    public String emergencyContactsHint() {
        waitUntilAjaxSettles();
        return browser.driver().findElements(By.id("emergencyContactsHint")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    /** Types the default fee as a person does, in reais ("1234,56"). */
    public EditClientPage fee(String reais) {
        WebElement input = browser.driver().findElement(By.id("clientForm:defaultFee_input"));
        input.clear();
        input.sendKeys(reais);
        return this;
    }

    public EditClientPage center(String name) {
        choose("clientForm:centerId", name);
        return this;
    }

    public EditClientPage owner(String name) {
        choose("clientForm:ownerId", name);
        return this;
    }

    /** Whether the input (by its id in the form: "document", "name") can be typed into. */
    public boolean isReadOnly(String field) {
        WebElement input = browser.driver().findElement(By.id("clientForm:" + field));
        return input.getAttribute("readonly") != null || !input.isEnabled();
    }

    /** A hint or notice of the form by its element id ("documentLocked", "selfManagedNotice"); "" when absent. */
    public String notice(String id) {
        return browser.driver().findElements(By.id(id)).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** Saves and waits for the profile the form leads to. */
    public ClientProfilePage saveExpectingProfile() {
        save();
        return ClientProfilePage.current(browser);
    }

    public void save() {
        waitUntilAjaxSettles();
        browser.driver().findElement(By.id("clientForm:save")).click();
    }

    /** After saving was refused for a CPF/CNPJ another client has: where the link to that client goes. */
    public String documentOwnerLink() {
        By link = By.id("clientForm:documentOwnerLink");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(link));
        waitUntilAjaxSettles();
        return eventually(driver -> driver.findElement(link).getAttribute("href"));
    }

    /** The error next to an input, waiting for it: "document", or "addresses:1:postalCode" in a row. */
    public String errorNextTo(String field) {
        return errorNextToInput("clientForm:" + field);
    }

    /** The error next to an input right now, or "" when there is none. */
    public String errorNowNextTo(String field) {
        return currentErrorNextTo("clientForm:" + field);
    }

    /** Types into the text input of the custom field with this key. */
    public EditClientPage customField(String key, String text) {
        type("clientForm:customFields_" + key, text);
        return this;
    }
}
