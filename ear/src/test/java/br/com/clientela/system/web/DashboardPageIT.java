package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dashboard after login: clients per stage, the chart of new clients per month, birthdays of the week. */
@ExtendWith(DeployedClientela.class)
class DashboardPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void showsTheCountsPerStageTheChartAndAClientWhoseBirthdayIsToday() {
        String name = "Aniversariante " + ClientData.uniqueWord();
        Api.Reply created = staff.post("/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":\"" + name
                + "\",\"birthDate\":\"" + LocalDate.now().minusYears(30) + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        HomePage home = LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        assertThat(home.birthdays()).anySatisfy(line -> assertThat(line).contains(name).contains("faz 30 anos"));
        assertThat(home.stageCount("CONTACT")).isEqualTo(String.valueOf(total("stage=CONTACT")));
        assertThat(home.stageCount("INACTIVE")).isEqualTo(String.valueOf(total("stage=INACTIVE")));
        // The demo company starts with paying clients, and other tests add more: the page shows what the API counts.
        assertThat(home.stageCount("CUSTOMER")).isEqualTo(String.valueOf(total("stage=CUSTOMER")));
        assertThat(home.showsPerMonthChart()).isTrue();
        assertThat(home.clientsThisMonth()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theManagersCardsShowWhatTheApiCountsAndLinkToTheFilteredLists() {
        Api manager = Api.as(br.com.clientela.system.TestData.PETHOTEL_MANAGER, DEMO_PASSWORD);
        java.time.YearMonth month = java.time.YearMonth.now();
        java.math.BigDecimal received = manager.get("/api/v1/transactions?from=" + month.atDay(1) + "&to="
                + month.atEndOfMonth() + "&size=1").json().getJsonObject("totals").getJsonNumber("moneyIn").bigDecimalValue();
        java.math.BigDecimal receivedBefore = manager.get("/api/v1/transactions?from=" + month.minusMonths(1).atDay(1)
                + "&to=" + month.minusMonths(1).atEndOfMonth() + "&size=1").json().getJsonObject("totals")
                .getJsonNumber("moneyIn").bigDecimalValue();
        jakarta.json.JsonObject overdue = manager.get("/api/v1/invoices?status=OVERDUE&size=100").json();
        java.math.BigDecimal overdueAmount = overdue.getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class)
                .stream().map(i -> i.getJsonNumber("amountDue").bigDecimalValue())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        long sentQuotes = manager.get("/api/v1/quotes?status=SENT&size=1").json().getJsonNumber("total").longValue();

        HomePage home = LoginPage.open(browser).signInExpectingHome(br.com.clientela.system.TestData.PETHOTEL_MANAGER,
                DEMO_PASSWORD);

        assertThat(plain(home.dashboard("receivedThisMonth"))).isEqualTo(money(received));
        assertThat(plain(home.dashboard("receivedLastMonth"))).isEqualTo("No mês passado: " + money(receivedBefore));
        // The demo company has an overdue invoice; other tests may add more: the page shows what the API lists.
        assertThat(overdue.getJsonNumber("total").longValue()).isPositive();
        assertThat(home.dashboard("overdueCount")).isEqualTo(String.valueOf(overdue.getJsonNumber("total").longValue()));
        assertThat(plain(home.dashboard("overdueAmount"))).isEqualTo(money(overdueAmount) + " em aberto");
        if (sentQuotes == 0) {
            assertThat(home.dashboard("quotesNone")).isEqualTo("Nenhum orçamento enviado aguardando resposta.");
        } else {
            assertThat(home.dashboard("quotesWaiting")).isEqualTo(String.valueOf(sentQuotes));
        }
        assertThat(home.dashboard("newClients")).isEqualTo(String.valueOf(home.clientsThisMonth()));
        assertThat(browser.driver().findElement(org.openqa.selenium.By.cssSelector("#overdueCard a.card-link"))
                .getAttribute("href")).endsWith("/invoices/list.xhtml?status=OVERDUE");

        browser.driver().findElement(org.openqa.selenium.By.cssSelector("#overdueCard a.card-link")).click();
        browser.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(
                org.openqa.selenium.By.id("invoicesForm:status_label"), "Vencida"));
    }

    private static String money(java.math.BigDecimal value) {
        return plain(java.text.NumberFormat.getCurrencyInstance(java.util.Locale.forLanguageTag("pt-BR")).format(value));
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').trim();
    }

    private long total(String query) {
        return staff.get("/api/v1/clients?" + query).json().getJsonNumber("total").longValue();
    }
}
