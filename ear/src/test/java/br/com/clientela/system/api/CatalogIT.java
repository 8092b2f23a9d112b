package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_MANAGER;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalog of services and products over the API: prices with two decimals, per company, MANAGER+ changes. */
@ExtendWith(DeployedClientela.class)
class CatalogIT {

    private final Api manager = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD);

    @Test
    void aManagerAddsChangesAndDeactivatesAnItemAndEveryoneReadsIt() {
        String word = TestData.uniqueWord();

        Api.Reply created = manager.post("/api/v1/catalog", "{\"kind\":\"SERVICE\",\"name\":\" Tosa " + word
                + " \",\"code\":\"tosa-" + word + "\",\"unitPrice\":80}");
        long id = ClientRecordIT.id(created.json());
        Api.Reply changed = manager.put("/api/v1/catalog/" + id, "{\"kind\":\"SERVICE\",\"name\":\"Tosa completa " + word
                + "\",\"code\":\"tosa-" + word + "\",\"unitPrice\":95.5,\"active\":false}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/catalog/" + id);
        assertThat(created.json().getString("name")).isEqualTo("Tosa " + word);
        assertThat(created.json().getString("code")).isEqualTo(("tosa-" + word).toUpperCase());
        assertThat(created.json().getJsonNumber("unitPrice").toString()).isEqualTo("80.00");
        assertThat(changed.json().getJsonNumber("unitPrice").toString()).isEqualTo("95.50");
        assertThat(changed.json().getBoolean("active")).isFalse();
        Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);
        assertThat(staff.get("/api/v1/catalog/" + id).json().getString("name")).isEqualTo("Tosa completa " + word);
        List<JsonObject> onOffer = staff.get("/api/v1/catalog?active=true&q=" + word).json().getJsonArray("items")
                .getValuesAs(JsonValue::asJsonObject);
        assertThat(onOffer).isEmpty();
        assertThat(staff.get("/api/v1/catalog?q=" + word).json().getInt("total")).isEqualTo(1);
    }

    @Test
    void badPricesNamesAndKindsAreRefusedFieldByFieldAndNothingIsSaved() {
        String word = TestData.uniqueWord();

        Api.Reply decimals = manager.post("/api/v1/catalog",
                "{\"kind\":\"PRODUCT\",\"name\":\"Ração " + word + "\",\"unitPrice\":10.555}");
        Api.Reply negative = manager.post("/api/v1/catalog",
                "{\"kind\":\"PRODUCT\",\"name\":\"Ração " + word + "\",\"unitPrice\":-1}");
        Api.Reply missing = manager.post("/api/v1/catalog", "{\"name\":\" \"}");
        Api.Reply unknownKind = manager.post("/api/v1/catalog",
                "{\"kind\":\"COISA\",\"name\":\"Ração " + word + "\",\"unitPrice\":1}");

        assertThat(decimals.status()).isEqualTo(422);
        assertThat(ClientRecordIT.errors(decimals).get("unitPrice")).contains("no máximo 2 casas decimais");
        assertThat(ClientRecordIT.errors(negative).get("unitPrice")).isEqualTo("O valor não pode ser negativo.");
        assertThat(ClientRecordIT.errors(missing)).containsEntry("name", "Informe o nome.")
                .containsEntry("kind", "Escolha o tipo: SERVICE (serviço) ou PRODUCT (produto).")
                .containsEntry("unitPrice", "Informe o preço unitário.");
        assertThat(unknownKind.status()).isEqualTo(422);
        assertThat(ClientRecordIT.errors(unknownKind).get("kind")).contains("COISA").contains("SERVICE, PRODUCT");
        assertThat(manager.get("/api/v1/catalog?q=" + word).json().getInt("total")).isZero();
    }

    @Test
    void aCodeIsUniqueInTheCompanyOnly() {
        String code = "SKU-" + TestData.uniqueWord().toUpperCase();
        manager.post("/api/v1/catalog", "{\"kind\":\"PRODUCT\",\"name\":\"Coleira\",\"code\":\"" + code
                + "\",\"unitPrice\":30}");

        Api.Reply taken = manager.post("/api/v1/catalog", "{\"kind\":\"PRODUCT\",\"name\":\"Outra\",\"code\":\""
                + code.toLowerCase() + "\",\"unitPrice\":30}");
        Api.Reply elsewhere = Api.as(CLINICA_ADMIN, DEMO_PASSWORD).post("/api/v1/catalog",
                "{\"kind\":\"PRODUCT\",\"name\":\"Da clínica\",\"code\":\"" + code + "\",\"unitPrice\":30}");

        assertThat(taken.status()).isEqualTo(409);
        assertThat(ClientRecordIT.errors(taken).get("code")).contains("Já existe um item do catálogo");
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(201);
    }

    @Test
    void staffCannotChangeTheCatalogAndAnotherCompanyCannotReachAnItem() {
        String word = TestData.uniqueWord();
        long id = ClientRecordIT.id(manager.post("/api/v1/catalog", "{\"kind\":\"SERVICE\",\"name\":\"Hotel "
                + word + "\",\"unitPrice\":120}").json());
        Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);
        Api clinica = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);

        assertThat(staff.post("/api/v1/catalog", "{\"kind\":\"SERVICE\",\"name\":\"X\",\"unitPrice\":1}").status())
                .isEqualTo(403);
        assertThat(staff.put("/api/v1/catalog/" + id, "{\"kind\":\"SERVICE\",\"name\":\"X\",\"unitPrice\":1}").status())
                .isEqualTo(403);
        assertThat(clinica.get("/api/v1/catalog/" + id).status()).isEqualTo(404);
        assertThat(clinica.put("/api/v1/catalog/" + id, "{\"kind\":\"SERVICE\",\"name\":\"Invadido\",\"unitPrice\":0}")
                .status()).isEqualTo(404);
        assertThat(clinica.get("/api/v1/catalog?q=" + word).json().getInt("total")).isZero();
        JsonObject unchanged = manager.get("/api/v1/catalog/" + id).json();
        assertThat(unchanged.getString("name")).isEqualTo("Hotel " + word);
        assertThat(unchanged.getJsonNumber("unitPrice").toString()).isEqualTo("120.00");
    }
}
