package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_MANAGER;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.pages.CatalogPage;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The catalog page in a real browser: a manager adds and deactivates an item; staff only read it. */
@ExtendWith(DeployedClientela.class)
class CatalogPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aManagerAddsAServiceWithItsPriceInReaisAndTakesItOffOffer() {
        String name = "Banho " + ClientData.uniqueWord();
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_MANAGER, DEMO_PASSWORD);

        CatalogPage page = CatalogPage.open(browser).add("Serviço", name, "", "1234,5");

        CatalogPage.Row row = page.row(name).orElseThrow();
        assertThat(row.kind()).isEqualTo("Serviço");
        assertThat(row.price()).isEqualTo("R$ 1.234,50");
        assertThat(row.status()).isEqualTo("Ativo");
        assertThat(page.growlSaying("adicionado")).contains("Item " + name + " adicionado ao catálogo.");
        page.deactivate(name);
        JsonObject stored = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD).get("/api/v1/catalog?q=" + name.split(" ")[1])
                .json().getJsonArray("items").getValuesAs(JsonValue::asJsonObject).get(0);
        assertThat(stored.getJsonNumber("unitPrice").bigDecimalValue()).isEqualByComparingTo("1234.50");
        assertThat(stored.getBoolean("active")).isFalse();
    }

    @Test
    void aMissingNameIsSaidNextToTheFieldAndStaffCannotAddItems() {
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_MANAGER, DEMO_PASSWORD);

        CatalogPage page = CatalogPage.open(browser).submitNew("Produto", "", "", "10");

        assertThat(page.errorNextTo("name")).isEqualTo("Informe o nome.");
        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);
        assertThat(CatalogPage.open(browser).offersNewItem()).isFalse();
    }
}
