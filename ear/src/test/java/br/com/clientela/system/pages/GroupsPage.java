package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The client groups (/groups/list.xhtml): create, rename, delete, member counts, open the filtered list. */
public final class GroupsPage extends BackOfficePage {

    static final String PATH = "/groups/list.xhtml";
    private static final By TABLE = By.id("groupsForm:groups");
    private static final By ROWS = By.cssSelector("[id='groupsForm:groups_data'] > tr[data-ri]");

    private GroupsPage(Browser browser) {
        super(browser);
    }

    public static GroupsPage open(Browser browser) {
        browser.open(PATH);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(TABLE));
        return new GroupsPage(browser);
    }

    /** Types a name in "Novo grupo" and creates it. */
    public GroupsPage create(String name) {
        type("newGroupForm:name", name);
        browser.driver().findElement(By.id("newGroupForm:create")).click();
        waitUntilAjaxSettles();
        return this;
    }

    public String waitForNameError() {
        return errorNextToInput("newGroupForm:name");
    }

    /** Renames a group through its dialog. */
    public GroupsPage rename(String name, String newName) {
        waitForGroup(name).element.findElement(By.cssSelector("[id$=':rename']")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("renameForm:name")));
        waitUntilAjaxSettles();
        type("renameForm:name", newName);
        browser.driver().findElement(By.id("renameForm:save")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("renameDialog")));
        waitUntilAjaxSettles();
        return this;
    }

    /** Clicks the delete button of the group: the confirmation opens. */
    public Confirmation askToDelete(String name) {
        waitForGroup(name).element.findElement(By.cssSelector("[id$=':delete']")).click();
        return confirmation();
    }

    /** Follows "Ver clientes" of the group to the clients list. */
    public ClientsPage openClients(String name) {
        waitForGroup(name).element.findElement(By.cssSelector("[id$=':openClients']")).click();
        return ClientsPage.current(browser);
    }

    public Group waitForGroup(String name) {
        eventually(driver -> group(name).isPresent());
        return group(name).orElseThrow();
    }

    public void waitForNoGroup(String name) {
        eventually(driver -> group(name).isEmpty());
    }

    public Optional<Group> group(String name) {
        return groups().stream().filter(group -> group.name().equals(name)).findFirst();
    }

    public List<Group> groups() {
        return browser.driver().findElements(ROWS).stream().map(Group::new).toList();
    }

    /** One row: the group's name and member count. */
    public static final class Group {

        private final WebElement element;

        Group(WebElement element) {
            this.element = element;
        }

        public String name() {
            return element.findElement(By.className("group-name")).getText().trim();
        }

        public String members() {
            return element.findElement(By.className("group-members")).getText().trim();
        }
    }
}
