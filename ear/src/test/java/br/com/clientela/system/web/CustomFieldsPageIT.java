package br.com.clientela.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import br.com.clientela.system.pages.CustomFieldsPage;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The ADMIN's custom fields page in a real browser: a choice field is created in the dialog, a bad one is
 * refused next to the input, and deactivating and deleting ask for a confirmation first. On the
 * "studio-teste" company, whose fields no other page test reads.
 */
@ExtendWith(DeployedClientela.class)
class CustomFieldsPageIT {

    private static final String STUDIO_ADMIN = "dona@studio-teste.com.br";
    private static final String STUDIO_PASSWORD = "PrimeiroAcesso2026";

    @RegisterExtension
    final Browser browser = new Browser();

    private final Api admin = Api.as(STUDIO_ADMIN, STUDIO_PASSWORD);

    @Test
    void aChoiceFieldIsCreatedDeactivatedAndDeletedAfterConfirmations() {
        String word = TestData.uniqueWord();
        String label = "Porte " + word;
        LoginPage.open(browser).signInExpectingHome(STUDIO_ADMIN, STUDIO_PASSWORD);
        CustomFieldsPage page = CustomFieldsPage.open(browser);

        String refused = page.newField().label(label).type("Escolha").saveExpectingErrorNextTo("options");
        assertThat(refused).isEqualTo("Informe ao menos uma opção para um campo de escolha.");
        page.options("Pequeno", "Médio", "Grande").save();

        assertThat(page.growlSaying("criado")).contains("Campo \"" + label + "\" criado.");
        assertThat(page.rows()).anySatisfy(row -> assertThat(row)
                .containsExactly(label, "porte_" + word, "Escolha: 3 opções", "Não", "Ativo"));
        JsonObject created = field("porte_" + word).orElseThrow();
        assertThat(created.getJsonArray("options").toString()).isEqualTo("[\"Pequeno\",\"Médio\",\"Grande\"]");

        CustomFieldsPage.Confirmation deactivate = page.askTo("deactivate", label);
        assertThat(deactivate.message()).contains(label).contains("os valores preenchidos são mantidos");
        deactivate.accept();

        assertThat(page.growlSaying("desativado")).contains("Campo \"" + label + "\" desativado.");
        assertThat(field("porte_" + word).orElseThrow().getBoolean("active")).isFalse();

        CustomFieldsPage.Confirmation delete = page.askTo("delete", label);
        delete.cancel();
        assertThat(field("porte_" + word)).isPresent();
        page.askTo("delete", label).accept();

        assertThat(page.growlSaying("excluído")).contains("Campo \"" + label + "\" excluído.");
        assertThat(field("porte_" + word)).isEmpty();
    }

    private Optional<JsonObject> field(String key) {
        return admin.get("/api/v1/custom-fields").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("key").equals(key)).findFirst();
    }
}
