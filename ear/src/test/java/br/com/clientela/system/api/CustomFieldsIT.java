package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
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

/**
 * Definitions of custom fields over the API: the ADMIN creates, changes, deactivates and deletes them; other
 * roles only read; another company's field is a 404. Runs on the company of the one-time setup
 * ("studio-teste") so the demo companies' client forms stay as other tests expect them.
 */
@ExtendWith(DeployedClientela.class)
class CustomFieldsIT {

    static final String STUDIO_ADMIN = "dona@studio-teste.com.br";
    static final String STUDIO_PASSWORD = "PrimeiroAcesso2026";

    private final Api admin = Api.as(STUDIO_ADMIN, STUDIO_PASSWORD);

    @Test
    void adminCreatesChangesDeactivatesAndDeletesAField() {
        String key = "porte_" + TestData.uniqueWord();
        Api.Reply created = admin.post("/api/v1/custom-fields", "{\"key\":\"" + key + "\",\"label\":\"Porte do pet\","
                + "\"type\":\"CHOICE\",\"options\":[\"Pequeno\",\" Médio \",\"Grande\",\"Pequeno\"],\"required\":false}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(created.header("Location")).endsWith("/api/v1/custom-fields/" + id);
        assertThat(created.json().getString("key")).isEqualTo(key);
        assertThat(created.json().getBoolean("active")).isTrue();
        assertThat(created.json().getJsonArray("options").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("Pequeno", "Médio", "Grande");
        assertThat(keys(admin.get("/api/v1/custom-fields").json())).contains(key);

        Api.Reply changed = admin.put("/api/v1/custom-fields/" + id, "{\"label\":\"Tamanho\",\"type\":\"CHOICE\","
                + "\"options\":[\"P\",\"M\",\"G\"],\"required\":true,\"active\":false,\"position\":7}");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonObject read = admin.get("/api/v1/custom-fields/" + id).json();
        assertThat(read.getString("label")).isEqualTo("Tamanho");
        assertThat(read.getString("key")).isEqualTo(key);
        assertThat(read.getBoolean("required")).isTrue();
        assertThat(read.getBoolean("active")).isFalse();
        assertThat(read.getInt("position")).isEqualTo(7);
        assertThat(keys(admin.get("/api/v1/custom-fields?active=true").json())).doesNotContain(key);
        assertThat(keys(admin.get("/api/v1/custom-fields").json())).contains(key);

        assertThat(admin.delete("/api/v1/custom-fields/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/custom-fields/" + id).status()).isEqualTo(404);
    }

    @Test
    void theKeyIsMadeFromTheLabelWhenNotGiven() {
        String word = TestData.uniqueWord();
        Api.Reply created = admin.post("/api/v1/custom-fields",
                "{\"label\":\"Convênio " + word + "\",\"type\":\"TEXT\"}");

        try {
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.json().getString("key")).isEqualTo("convenio_" + word);
        } finally {
            admin.delete("/api/v1/custom-fields/" + created.json().getJsonNumber("id").longValue());
        }
    }

    @Test
    void badDefinitionsAreRefusedNamingTheField() {
        Api.Reply noOptions = admin.post("/api/v1/custom-fields", "{\"label\":\"Escolha\",\"type\":\"CHOICE\"}");
        Api.Reply badKey = admin.post("/api/v1/custom-fields", "{\"key\":\"Com Espaço\",\"label\":\"X\",\"type\":\"TEXT\"}");
        Api.Reply noLabel = admin.post("/api/v1/custom-fields", "{\"type\":\"TEXT\"}");
        Api.Reply unknownType = admin.post("/api/v1/custom-fields", "{\"label\":\"X\",\"type\":\"COLOR\"}");

        assertThat(noOptions.status()).isEqualTo(422);
        assertThat(field(noOptions)).isEqualTo("options");
        assertThat(message(noOptions)).isEqualTo("Informe ao menos uma opção para um campo de escolha.");
        assertThat(badKey.status()).isEqualTo(422);
        assertThat(field(badKey)).isEqualTo("key");
        assertThat(noLabel.status()).isEqualTo(422);
        assertThat(field(noLabel)).isEqualTo("label");
        assertThat(message(noLabel)).isEqualTo("Informe o nome do campo.");
        assertThat(unknownType.status()).isIn(400, 422);
    }

    @Test
    void aKeyTakenInTheCompanyIsAConflict() {
        String key = "chave_" + TestData.uniqueWord();
        long id = admin.post("/api/v1/custom-fields", "{\"key\":\"" + key + "\",\"label\":\"A\",\"type\":\"TEXT\"}")
                .json().getJsonNumber("id").longValue();
        try {
            Api.Reply again = admin.post("/api/v1/custom-fields",
                    "{\"key\":\"" + key + "\",\"label\":\"B\",\"type\":\"NUMBER\"}");

            assertThat(again.status()).isEqualTo(409);
            assertThat(field(again)).isEqualTo("key");
        } finally {
            admin.delete("/api/v1/custom-fields/" + id);
        }
    }

    @Test
    void onlyAnAdminDefinesFieldsButEveryStaffMemberReadsThem() {
        String key = "so_admin_" + TestData.uniqueWord();
        String body = "{\"key\":\"" + key + "\",\"label\":\"Só admin\",\"type\":\"TEXT\"}";

        Api.Reply byManager = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD).post("/api/v1/custom-fields", body);
        Api.Reply byStaff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD).post("/api/v1/custom-fields", body);
        Api.Reply readByStaff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD).get("/api/v1/custom-fields");

        assertThat(byManager.status()).isEqualTo(403);
        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(readByStaff.status()).isEqualTo(200);
        assertThat(keys(Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD).get("/api/v1/custom-fields").json())).doesNotContain(key);
    }

    @Test
    void anotherCompanysFieldCannotBeSeenChangedOrDeleted() {
        String key = "privado_" + TestData.uniqueWord();
        long id = admin.post("/api/v1/custom-fields", "{\"key\":\"" + key + "\",\"label\":\"Privado\",\"type\":\"TEXT\"}")
                .json().getJsonNumber("id").longValue();
        try {
            Api other = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);

            assertThat(other.get("/api/v1/custom-fields/" + id).status()).isEqualTo(404);
            assertThat(other.put("/api/v1/custom-fields/" + id, "{\"label\":\"Tomado\",\"type\":\"TEXT\"}").status())
                    .isEqualTo(404);
            assertThat(other.delete("/api/v1/custom-fields/" + id).status()).isEqualTo(404);
            assertThat(keys(other.get("/api/v1/custom-fields").json())).doesNotContain(key);
            assertThat(admin.get("/api/v1/custom-fields/" + id).json().getString("label")).isEqualTo("Privado");
        } finally {
            admin.delete("/api/v1/custom-fields/" + id);
        }
    }

    static List<String> keys(JsonObject page) {
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject).map(f -> f.getString("key")).toList();
    }

    static String field(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    static String message(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("message");
    }
}
