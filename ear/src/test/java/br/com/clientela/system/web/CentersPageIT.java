package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.pages.CentersPage;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The centers page in a real browser: an ADMIN creates, renames and deactivates a center. */
@ExtendWith(DeployedClientela.class)
class CentersPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void anAdminCreatesRenamesAndDeactivatesACenter() {
        String word = ClientData.uniqueWord();
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_ADMIN, DEMO_PASSWORD);

        CentersPage page = CentersPage.open(browser).create("Centro " + word);
        assertThat(page.row("Centro " + word).orElseThrow().status()).isEqualTo("Ativa");
        page.rename("Centro " + word, "Moema " + word).deactivate("Moema " + word);

        assertThat(page.row("Centro " + word)).isEmpty();
        JsonObject stored = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD).get("/api/v1/centers?size=100").json()
                .getJsonArray("items").getValuesAs(JsonValue::asJsonObject).stream()
                .filter(c -> c.getString("name").equals("Moema " + word)).findFirst().orElseThrow();
        assertThat(stored.getBoolean("active")).isFalse();
    }
}
