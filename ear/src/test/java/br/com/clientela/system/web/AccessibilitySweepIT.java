package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Axe;
import br.com.clientela.system.Browser;
import br.com.clientela.system.DeployedClientela;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every back-office and portal page, at a laptop's 1366 × 768 and a phone's 390 × 844: axe-core (WCAG 2.2 A/AA)
 * finds no critical or serious failure, and nothing goes sideways. The pages are those of web-module's and
 * portal-module's webapp folders, detail pages with real ids of the demo data, the client profile with each of its
 * tabs opened and the clients list with its bulk dialog open (new staff users are made in a dialog of their list:
 * staff/users/edit.xhtml needs an id). The ADMIN sees every page and every menu entry; the
 * STAFF member's pages differ only by the menu, swept on the pages they open most. A failure prints every
 * violation found (rule, element, summary), not only the first; and no page has a script refused by the
 * Content-Security-Policy (PrimeFaces' nonce mode).
 */
@ExtendWith(DeployedClientela.class)
class AccessibilitySweepIT {

    private static final int[][] SCREENS = {{1366, 768}, {390, 844}};

    @RegisterExtension
    final Browser browser = new Browser();

    private final Api admin = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);
    private final List<String> problems = new ArrayList<>();

    @Test
    void everyBackOfficePageOfTheAdminPassesAxeAndFitsTheScreen() {
        long client = firstId("/api/v1/clients?size=2", 0);
        long otherClient = firstId("/api/v1/clients?size=2", 1);
        long quote = firstId("/api/v1/quotes?size=1", 0);
        long invoice = firstId("/api/v1/invoices?size=1", 0);
        long order = firstId("/api/v1/orders?size=1", 0);
        long staffUser = admin.get("/api/v1/staff-users").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        List<String> pages = List.of("/index.xhtml", "/clients/list.xhtml", "/clients/view.xhtml?id=" + client,
                "/clients/edit.xhtml", "/clients/edit.xhtml?id=" + client, "/clients/duplicates.xhtml",
                "/clients/trash.xhtml", "/clients/merge.xhtml?winner=" + client + "&loser=" + otherClient,
                "/groups/list.xhtml", "/quotes/list.xhtml", "/quotes/edit.xhtml", "/quotes/view.xhtml?id=" + quote,
                "/invoices/list.xhtml", "/invoices/edit.xhtml", "/invoices/view.xhtml?id=" + invoice,
                "/orders/list.xhtml", "/orders/edit.xhtml", "/orders/edit.xhtml?id=" + order, "/catalog/list.xhtml",
                "/transactions/list.xhtml", "/company/profile.xhtml", "/company/centers.xhtml",
                "/company/custom-fields.xhtml", "/company/finance-settings.xhtml", "/company/order-settings.xhtml",
                "/company/rewards.xhtml", "/staff/users/list.xhtml", "/staff/users/edit.xhtml?id=" + staffUser, "/staff/tokens/list.xhtml");
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_ADMIN, DEMO_PASSWORD);

        for (int[] screen : SCREENS) {
            Axe.viewport(browser.driver(), screen[0], screen[1]);
            for (String page : pages) {
                visit(page, screen);
            }
            profileTabs(client, screen);
            bulkDialog(screen);
        }

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void theStaffMembersPagesAndTheLoginPassAxeAndFitTheScreen() {
        long client = firstId("/api/v1/clients?size=1", 0);
        for (int[] screen : SCREENS) {
            Axe.viewport(browser.driver(), screen[0], screen[1]);
            browser.open("/login.xhtml");
            check("/login.xhtml", screen);
        }
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        for (int[] screen : SCREENS) {
            Axe.viewport(browser.driver(), screen[0], screen[1]);
            for (String page : List.of("/index.xhtml", "/clients/list.xhtml", "/clients/view.xhtml?id=" + client,
                    "/invoices/list.xhtml", "/transactions/list.xhtml")) {
                visit(page, screen);
            }
        }

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void everyPortalPagePassesAxeAndFitsTheScreen() {
        for (int[] screen : SCREENS) {
            Axe.viewport(browser.driver(), screen[0], screen[1]);
            for (String page : List.of("/portal/pethotel", "/portal/clinica", "/portal/", "/portal/login.xhtml",
                    "/portal/empresa-que-nao-existe")) {
                browser.open(page);
                settle();
                check(page, screen);
            }
        }

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    private void visit(String page, int[] screen) {
        browser.open(page);
        settle();
        WebDriver driver = browser.driver();
        assertThat(driver.findElements(By.id("errorTitle"))).as("%s opened an error page", page).isEmpty();
        assertThat(driver.findElements(By.id("mainMenu"))).as("%s shows the side menu", page).isNotEmpty();
        check(page, screen);
    }

    private void profileTabs(long client, int[] screen) {
        browser.open("/clients/view.xhtml?id=" + client);
        settle();
        int tabs = browser.driver().findElements(By.cssSelector("[id='profileForm:tabs'] .ui-tabs-nav > li")).size();
        assertThat(tabs).as("the profile's tabs").isGreaterThan(5);
        for (int i = 0; i < tabs; i++) {
            WebElement tab = browser.driver().findElements(By.cssSelector("[id='profileForm:tabs'] .ui-tabs-nav > li"))
                    .get(i);
            String title = tab.getText().trim();
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", tab);
            tab.findElement(By.tagName("a")).click();
            settle();
            check("/clients/view.xhtml tab " + title, screen);
        }
    }

    private void bulkDialog(int[] screen) {
        browser.open("/clients/list.xhtml");
        settle();
        WebElement button = browser.driver().findElement(By.id("clientsForm:addToGroup"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("bulkForm:scope")));
        settle();
        check("/clients/list.xhtml bulk dialog", screen);
    }

    private void check(String page, int[] screen) {
        String where = page + " at " + screen[0] + " px";
        long overflow = Axe.overflow(browser.driver());
        if (overflow > 0) {
            problems.add(where + ": " + overflow + " px wider than the screen");
        }
        for (Axe.Violation violation : Axe.seriousViolations(browser.driver())) {
            problems.add(where + ": " + violation);
        }
        for (String refused : browser.refusedScripts()) {
            problems.add(where + ": the Content-Security-Policy refused a script: " + refused);
        }
    }

    /** Waits until the page is loaded and no ajax request is in flight, and the menu has taken its place. */
    private void settle() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState === 'complete'"
                        + " && !(window.jQuery && jQuery.active > 0)")));
        try {
            Thread.sleep(400); // CSS transitions of the menu and dialogs end
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long firstId(String path, int index) {
        return admin.get(path).json().getJsonArray("items").getJsonObject(index).getJsonNumber("id").longValue();
    }
}
