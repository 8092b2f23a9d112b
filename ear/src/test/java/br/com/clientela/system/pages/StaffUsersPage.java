package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The company's staff users (/staff/users/list.xhtml) with its "Novo usuário" dialog. */
public final class StaffUsersPage extends BackOfficePage {

    static final String PATH = "/staff/users/list.xhtml";
    private static final By TABLE = By.id("usersForm:users");
    private static final By DIALOG = By.id("newUserDialog");

    private StaffUsersPage(Browser browser) {
        super(browser);
    }

    public static StaffUsersPage open(Browser browser) {
        browser.open(PATH);
        return current(browser);
    }

    public static StaffUsersPage current(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(TABLE));
        return new StaffUsersPage(browser);
    }

    public String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    /** The table row of a staff member, as a person reads it. */
    public Optional<Row> row(String email) {
        return rows().stream().filter(row -> row.email().equals(email)).findFirst();
    }

    public List<Row> rows() {
        return browser.driver().findElements(By.cssSelector("[id='usersForm:users_data'] > tr[data-ri]")).stream()
                .map(Row::new)
                .toList();
    }

    /** Waits until the row of {@code email} shows {@code status} ("Ativo" / "Inativo"). */
    public Row waitForStatus(String email, String status) {
        eventually(driver -> row(email).map(row -> row.status().equals(status)).orElse(false));
        return row(email).orElseThrow();
    }

    public NewUserDialog openNewUserDialog() {
        browser.driver().findElement(By.id("usersForm:newUser")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
        // The dialog puts the cursor in its first field.
        browser.waiting().until(driver -> "newUserForm:email".equals(driver.switchTo().activeElement().getAttribute("id")));
        return new NewUserDialog();
    }

    public EditStaffUserPage edit(String email) {
        row(email).orElseThrow().element.findElement(By.xpath(".//a[normalize-space()='Editar']")).click();
        return EditStaffUserPage.current(browser);
    }

    /** Clicks "Desativar" in the row; the confirmation dialog opens. */
    public Confirmation askToDeactivate(String email) {
        row(email).orElseThrow().element.findElement(By.xpath(".//button[normalize-space()='Desativar']")).click();
        return confirmation();
    }

    public Confirmation askToActivate(String email) {
        row(email).orElseThrow().element.findElement(By.xpath(".//button[normalize-space()='Ativar']")).click();
        return confirmation();
    }

    /** One row of the table. */
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

        public String email() {
            return cell(1);
        }

        public String role() {
            return cell(2);
        }

        public String status() {
            return cell(3);
        }

        public String lock() {
            return cell(4);
        }

        public boolean offers(String action) {
            return !element.findElements(By.xpath(".//*[self::a or self::button][normalize-space()='" + action + "']"))
                    .isEmpty();
        }
    }

    /** The "Novo usuário" dialog. */
    public final class NewUserDialog {

        public NewUserDialog email(String email) {
            type("newUserForm:email", email);
            return this;
        }

        public NewUserDialog name(String name) {
            type("newUserForm:name", name);
            return this;
        }

        /** Picks a role by its pt-BR label ("Administrador", "Gerente", "Equipe"). */
        public NewUserDialog role(String label) {
            choose("newUserForm:role", label);
            return this;
        }

        /** Types the password and presses Enter, which submits the dialog. */
        public void passwordAndEnter(String password) {
            type("newUserForm:password", password + "\n");
        }

        /** Submits with Enter and waits for the dialog to close and the table to show the new e-mail. */
        public void createWith(String password, String expectedEmail) {
            passwordAndEnter(password);
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(TABLE, expectedEmail));
        }

        public String errorNextTo(String field) {
            return errorNextToInput("newUserForm:" + field);
        }

        public String typedValueOf(String field) {
            return valueOf("newUserForm:" + field);
        }

        public boolean isOpen() {
            return browser.driver().findElement(DIALOG).isDisplayed();
        }
    }
}
