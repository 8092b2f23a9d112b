package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** One staff user (/staff/users/edit.xhtml?id=...): details form and password reset. */
public final class EditStaffUserPage extends BackOfficePage {

    private EditStaffUserPage(Browser browser) {
        super(browser);
    }

    /** Opens the page for an id; use {@link NotFoundPage#current} instead when a 404 is expected. */
    public static EditStaffUserPage open(Browser browser, long id) {
        browser.open(path(id));
        return current(browser);
    }

    public static String path(Object id) {
        return "/staff/users/edit.xhtml?id=" + id;
    }

    public static EditStaffUserPage current(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("userForm:name")));
        return new EditStaffUserPage(browser);
    }

    public String heading() {
        return browser.driver().findElement(By.id("heading")).getText();
    }

    public String email() {
        return browser.driver().findElement(By.id("userEmail")).getText();
    }

    public String name() {
        return valueOf("userForm:name");
    }

    public EditStaffUserPage name(String name) {
        type("userForm:name", name);
        return this;
    }

    public String role() {
        return browser.driver().findElement(By.id("userForm:role_label")).getText();
    }

    public EditStaffUserPage role(String label) {
        choose("userForm:role", label);
        return this;
    }

    public boolean active() {
        return browser.driver().findElement(By.id("userForm:active_input")).isSelected();
    }

    public EditStaffUserPage toggleActive() {
        browser.driver().findElement(By.cssSelector("[id='userForm:active'] .ui-chkbox-box")).click();
        return this;
    }

    public void save() {
        browser.driver().findElement(By.id("userForm:save")).click();
    }

    public String errorNextTo(String field) {
        return errorNextToInput("userForm:" + field);
    }

    /** Types a new password and presses Enter; the confirmation dialog opens. */
    public Confirmation askToResetPassword(String password) {
        WebElement input = browser.driver().findElement(By.id("passwordForm:password"));
        input.clear();
        input.sendKeys(password + "\n");
        return confirmation();
    }

    public String passwordError() {
        return errorNextToInput("passwordForm:password");
    }
}
