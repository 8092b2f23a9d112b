package br.com.clientela.system.api;

import static br.com.clientela.system.api.CustomFieldsIT.STUDIO_ADMIN;
import static br.com.clientela.system.api.CustomFieldsIT.STUDIO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client's custom field values over the API: checked against the definitions (number, ISO date, choice,
 * required, length), refused field by field under customFields.<key> with nothing saved, returned with the
 * client, and recorded in its history by label. Each test defines its own fields on the "studio-teste" company
 * and deletes them afterwards (a required field left behind would refuse every later client there).
 */
@ExtendWith(DeployedClientela.class)
class ClientCustomFieldValuesIT {

    private final Api admin = Api.as(STUDIO_ADMIN, STUDIO_PASSWORD);
    private final List<Long> fieldIds = new ArrayList<>();
    private String text;
    private String number;
    private String date;
    private String choice;

    @BeforeEach
    void defineFields() {
        String word = TestData.uniqueWord();
        text = define("{\"key\":\"obs_" + word + "\",\"label\":\"Observações " + word + "\",\"type\":\"TEXT\"}");
        number = define("{\"key\":\"peso_" + word + "\",\"label\":\"Peso " + word + "\",\"type\":\"NUMBER\"}");
        date = define("{\"key\":\"vacina_" + word + "\",\"label\":\"Vacina " + word + "\",\"type\":\"DATE\"}");
        choice = define("{\"key\":\"porte_" + word + "\",\"label\":\"Porte " + word + "\",\"type\":\"CHOICE\","
                + "\"options\":[\"Pequeno\",\"Médio\",\"Grande\"],\"required\":true}");
    }

    @AfterEach
    void deleteFields() {
        fieldIds.forEach(id -> admin.delete("/api/v1/custom-fields/" + id));
    }

    @Test
    void validValuesOfEveryTypeAreSavedNormalisedAndReturned() {
        Api.Reply created = admin.post("/api/v1/clients", client("Tutor " + TestData.uniqueWord(), Json.createObjectBuilder()
                .add(text, "  Late muito  ").add(number, "12,50").add(date, "2026-03-01").add(choice, "Médio")));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Map<String, String> expected = Map.of(text, "Late muito", number, "12.5", date, "2026-03-01", choice, "Médio");
        assertThat(values(created.json())).isEqualTo(expected);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(values(admin.get("/api/v1/clients/" + id).json())).isEqualTo(expected);
    }

    @Test
    void invalidValuesAreRefusedOneEntryPerFieldAndNothingIsSaved() {
        String name = "Recusado " + TestData.uniqueWord();
        Api.Reply refused = admin.post("/api/v1/clients", client(name, Json.createObjectBuilder()
                .add(text, "x".repeat(501)).add(number, "doze").add(date, "01/03/2026").add(choice, "Gigante")));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        Map<String, String> errors = errors(refused);
        assertThat(errors).containsOnlyKeys("customFields." + text, "customFields." + number, "customFields." + date,
                "customFields." + choice);
        assertThat(errors.get("customFields." + text)).contains("no máximo 500 caracteres");
        assertThat(errors.get("customFields." + number)).contains("deve ser um número");
        assertThat(errors.get("customFields." + date)).contains("data válida no formato AAAA-MM-DD");
        assertThat(errors.get("customFields." + choice)).contains("Pequeno, Médio, Grande");
        assertThat(admin.get("/api/v1/clients?q=" + name.split(" ")[1]).json().getInt("total")).isZero();
    }

    @Test
    void aMissingRequiredValueOrAnUnknownKeyIsRefused() {
        String name = "Incompleto " + TestData.uniqueWord();
        Api.Reply missing = admin.post("/api/v1/clients", client(name, Json.createObjectBuilder().add(text, "ok")));
        Api.Reply unknown = admin.post("/api/v1/clients", client(name, Json.createObjectBuilder()
                .add(choice, "Grande").add("nao_existe", "x")));

        assertThat(missing.status()).isEqualTo(422);
        assertThat(errors(missing)).containsOnlyKeys("customFields." + choice);
        assertThat(errors(missing).get("customFields." + choice)).startsWith("Preencha o campo \"Porte ");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(errors(unknown)).containsOnlyKeys("customFields.nao_existe");
        assertThat(admin.get("/api/v1/clients?q=" + name.split(" ")[1]).json().getInt("total")).isZero();
    }

    @Test
    void anotherCompanysFieldsCannotBeFilledNorAreShownOnItsClients() {
        Api pethotel = Api.as(br.com.clientela.system.TestData.PETHOTEL_ADMIN, br.com.clientela.system.TestData.DEMO_PASSWORD);

        Api.Reply refused = pethotel.post("/api/v1/clients", client("Intruso " + TestData.uniqueWord(),
                Json.createObjectBuilder().add(text, "de outra empresa")));
        Api.Reply own = pethotel.post("/api/v1/clients", client("Proprio " + TestData.uniqueWord(),
                Json.createObjectBuilder()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(errors(refused)).containsOnlyKeys("customFields." + text);
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertThat(own.json().getJsonObject("customFields").keySet()).doesNotContain(text, number, date, choice);
    }

    @Test
    void aRefusedChangeLeavesTheClientAndItsValuesAsTheyWere() {
        String name = "Estavel " + TestData.uniqueWord();
        long id = admin.post("/api/v1/clients", client(name, Json.createObjectBuilder().add(choice, "Pequeno")
                .add(number, "3"))).json().getJsonNumber("id").longValue();
        String before = admin.get("/api/v1/clients/" + id).body();

        Api.Reply refused = admin.put("/api/v1/clients/" + id, client("Outro nome", Json.createObjectBuilder()
                .add(choice, "Grande").add(number, "três")));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(errors(refused)).containsOnlyKeys("customFields." + number);
        assertThat(admin.get("/api/v1/clients/" + id).body()).isEqualTo(before);
    }

    @Test
    void changedValuesAreRecordedInTheHistoryByLabel() {
        long id = admin.post("/api/v1/clients", client("Historico " + TestData.uniqueWord(), Json.createObjectBuilder()
                .add(choice, "Pequeno").add(text, "Antes"))).json().getJsonNumber("id").longValue();

        Api.Reply changed = admin.put("/api/v1/clients/" + id, client("Historico", Json.createObjectBuilder()
                .add(choice, "Grande").add(date, "2026-05-10")));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(values(changed.json())).isEqualTo(Map.of(choice, "Grande", date, "2026-05-10"));
        List<JsonObject> history = admin.get("/api/v1/clients/" + id + "/history").json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).toList();
        assertThat(history).anySatisfy(entry -> {
            assertThat(entry.getString("field")).isEqualTo(label(choice));
            assertThat(entry.getString("oldValue")).isEqualTo("Pequeno");
            assertThat(entry.getString("newValue")).isEqualTo("Grande");
        });
        assertThat(history).anySatisfy(entry -> {
            assertThat(entry.getString("field")).isEqualTo(label(text));
            assertThat(entry.getString("oldValue")).isEqualTo("Antes");
            assertThat(entry.containsKey("newValue") && !entry.isNull("newValue")).isFalse();
        });
        assertThat(history).anySatisfy(entry -> {
            assertThat(entry.getString("field")).isEqualTo(label(date));
            assertThat(entry.getString("newValue")).isEqualTo("2026-05-10");
        });
    }

    private String define(String json) {
        Api.Reply created = admin.post("/api/v1/custom-fields", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        fieldIds.add(created.json().getJsonNumber("id").longValue());
        return created.json().getString("key");
    }

    /** "porte_xyz" → "Porte xyz": the labels of this test's fields are the key with a capital and a space. */
    private static String label(String key) {
        String[] parts = key.split("_", 2);
        String first = switch (parts[0]) {
            case "obs" -> "Observações";
            default -> Character.toUpperCase(parts[0].charAt(0)) + parts[0].substring(1);
        };
        return first + " " + parts[1];
    }

    private static String client(String name, JsonObjectBuilder customFields) {
        return Json.createObjectBuilder().add("kind", "PERSON").add("name", name).add("customFields", customFields)
                .build().toString();
    }

    private static Map<String, String> values(JsonObject client) {
        return client.getJsonObject("customFields").entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ((jakarta.json.JsonString) e.getValue()).getString()));
    }

    private static Map<String, String> errors(Api.Reply reply) {
        return reply.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
    }
}
