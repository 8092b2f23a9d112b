package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Axe;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The back office fits the screen: the clients list on a laptop, the profile on a phone, the side menu on both. */
@ExtendWith(DeployedClientela.class)
class BackOfficeLayoutIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theClientsListAt1366ShowsTheMainColumnsWithoutSidewaysScrollAndCutsLongEmails() {
        String word = ClientData.uniqueWord();
        String email = "um.endereco.de.email.bem.comprido." + word + "@exemplo-de-dominio-longo.com.br";
        Api.Reply created = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD).post("/api/v1/clients", "{\"kind\":\"PERSON\","
                + "\"name\":\"Layout " + word + "\",\"email\":\"" + email + "\",\"phone\":\"11987654321\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_ADMIN, DEMO_PASSWORD);
        Axe.viewport(browser.driver(), 1366, 768);

        browser.open("/clients/list.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("clientsForm:clients")));
        WebElement search = browser.driver().findElement(By.id("clientsForm:query"));
        search.sendKeys(word);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("clientsForm:clients_data"),
                "Layout " + word));

        assertThat(Axe.overflow(browser.driver())).isZero();
        // The selection box's column is named "Selecionar" for screen readers.
        assertThat(visibleHeaders()).containsExactly("Selecionar", "Nome", "CPF/CNPJ", "Telefone", "E-mail", "Estágio",
                "Ações");
        WebElement mail = browser.driver().findElement(By.cssSelector("[id='clientsForm:clients_data'] .client-email"));
        assertThat(mail.getAttribute("title")).isEqualTo(email);
        assertThat(((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return arguments[0].scrollWidth - arguments[0].clientWidth;", mail)).longValue())
                .as("the e-mail is cut, its whole value on hover").isPositive();
        WebElement row = browser.driver().findElement(By.cssSelector("[id='clientsForm:clients_data'] > tr"));
        // Two lines of text and the cell's padding: about 72 px; a third line would pass 90.
        assertThat(row.getSize().getHeight()).as("a row is at most two lines tall").isLessThan(85);
        WebElement table = browser.driver().findElement(By.id("clientsForm:clients"));
        assertThat(table.getLocation().getY()).as("the results start within the first screen").isLessThan(768);
    }

    @Test
    void columnsHiddenOrAddedOnTheClientsListAreRememberedOnTheNextVisit() {
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_ADMIN, DEMO_PASSWORD);
        Axe.viewport(browser.driver(), 1366, 768);
        browser.open("/clients/list.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("clientsForm:clients")));
        assertThat(visibleHeaders()).contains("E-mail").doesNotContain("Total pago");

        toggleColumn("E-mail");
        browser.waiting().until(d -> !visibleHeaders().contains("E-mail"));
        toggleColumn("Total pago");
        browser.waiting().until(d -> visibleHeaders().contains("Total pago"));

        browser.open("/index.xhtml");
        browser.open("/clients/list.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("clientsForm:clients")));
        assertThat(visibleHeaders()).contains("Nome", "Telefone", "Total pago").doesNotContain("E-mail");
    }

    @Test
    void theClientProfileAt390HasNoSidewaysOverflowAndItsActionsAreReachable() {
        String word = ClientData.uniqueWord();
        Api.Reply created = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD).post("/api/v1/clients", "{\"kind\":\"PERSON\","
                + "\"name\":\"Perfil Estreito " + word + "\",\"email\":\"perfil.estreito.com.um.nome.longo." + word
                + "@exemplo.com.br\",\"phone\":\"11987654321\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_ADMIN, DEMO_PASSWORD);
        Axe.viewport(browser.driver(), 390, 844);

        browser.open("/clients/view.xhtml?id=" + id);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("heading")));

        assertThat(Axe.overflow(browser.driver())).isZero();
        for (String action : List.of("actionsForm:edit", "actionsForm:whatsApp", "actionsForm:mail", "actionsForm:moveToTrash")) {
            WebElement button = browser.driver().findElement(By.id(action));
            assertThat(button.isDisplayed()).as(action).isTrue();
            int right = button.getLocation().getX() + button.getSize().getWidth();
            assertThat(right).as("%s within the screen", action).isLessThanOrEqualTo(390);
        }
    }

    @Test
    void atPhoneWidthTheMenuFoldsIntoAButtonThatTheKeyboardReachesAndOpens() {
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);
        Axe.viewport(browser.driver(), 390, 844);
        browser.open("/index.xhtml");
        WebElement toggle = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("menuToggle")));
        WebElement menu = browser.driver().findElement(By.id("mainMenu"));
        browser.waiting().until(ExpectedConditions.invisibilityOf(menu));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(Axe.overflow(browser.driver())).isZero();

        // From the top of the page: the skip link, then the menu's button.
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("menuToggle");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);

        browser.waiting().until(ExpectedConditions.visibilityOf(menu));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(menu.findElements(By.cssSelector("a")).stream().map(a -> a.getAttribute("textContent").trim()))
                .contains("Clientes", "Orçamentos", "Faturas").doesNotContain("Usuários", "Empresa");
        // The keyboard goes into the opened menu, and Escape closes it and gives the focus back to its button.
        browser.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.getElementById('mainMenu').contains(document.activeElement);")));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waiting().until(ExpectedConditions.invisibilityOf(menu));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("menuToggle");
    }

    @Test
    void onALaptopTheMenuShowsItsGroupsAndFoldsAwayRemembered() {
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_ADMIN, DEMO_PASSWORD);
        Axe.viewport(browser.driver(), 1366, 768);
        browser.open("/clients/list.xhtml");
        WebElement menu = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("mainMenu")));
        assertThat(menu.findElements(By.cssSelector("summary")).stream().map(s -> s.getText().trim().toLowerCase()))
                .containsExactly("clientes", "vendas", "financeiro", "configurações");
        assertThat(menu.findElement(By.id("clientsMenu")).getAttribute("aria-current")).isEqualTo("page");

        browser.driver().findElement(By.id("menuToggle")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOf(menu));
        browser.open("/index.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("menuToggle")));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("mainMenu")));
        browser.driver().findElement(By.id("menuToggle")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("mainMenu")));
    }

    @Test
    void backOfficeAndPortalServeAFavicon() {
        assertThat(Api.anonymous().get("/favicon.ico").status()).isEqualTo(200);
        assertThat(Api.anonymous().get("/favicon.svg").status()).isEqualTo(200);
        assertThat(Api.anonymous().get("/portal/favicon.svg").status()).isEqualTo(200);
        browser.open("/login.xhtml");
        assertThat(browser.driver().findElements(By.cssSelector("link[rel='icon']"))).isNotEmpty();
        browser.open("/portal/pethotel");
        assertThat(browser.driver().findElements(By.cssSelector("link[rel='icon']"))).isNotEmpty();
    }

    /** Ticks or unticks a column in the "Colunas" panel, waits for the server to hear it, closes the panel. */
    private void toggleColumn(String header) {
        browser.driver().findElement(By.id("clientsForm:columnsButton")).click();
        WebElement item = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//li[contains(@class,'ui-columntoggler-item')][.//label[normalize-space()='" + header + "']]")));
        item.findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !(window.jQuery && jQuery.active > 0)")));
        browser.driver().findElement(By.id("clientsForm:columnsButton")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOf(item));
    }

    private List<String> visibleHeaders() {
        return browser.driver().findElements(By.cssSelector("[id='clientsForm:clients'] thead th")).stream()
                .filter(WebElement::isDisplayed)
                .map(th -> th.getText().trim())
                .filter(text -> !text.isEmpty())
                .toList();
    }
}
