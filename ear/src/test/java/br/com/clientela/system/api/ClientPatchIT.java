package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PATCH /clients/{id} as a JSON merge patch: only the fields sent change, null clears, same rules as PUT. */
@ExtendWith(DeployedClientela.class)
class ClientPatchIT {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void onlyTheFieldsSentChangeAndNullClearsAndTheHistoryHasEachChange() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Parcial " + ClientData.uniqueWord());
        JsonObject before = staff.get("/api/v1/clients/" + client.id()).json();

        Api.Reply patched = staff.patch("/api/v1/clients/" + client.id(), MERGE_PATCH,
                "{\"origin\":\"Instagram\",\"email\":null}");

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        JsonObject after = staff.get("/api/v1/clients/" + client.id()).json();
        assertThat(after.getString("origin")).isEqualTo("Instagram");
        assertThat(after.get("email")).isIn(null, JsonValue.NULL);
        for (String unchanged : new String[] {"name", "document", "phone", "birthDate", "kind", "status"}) {
            assertThat(after.get(unchanged)).as(unchanged).isEqualTo(before.get(unchanged));
        }
        assertThat(after.getJsonArray("addresses")).hasSize(1);
        assertThat(after.getJsonArray("addresses").getJsonObject(0).getString("postalCode")).isEqualTo("01310100");
        Map<String, JsonObject> changes = new HashMap<>();
        staff.get("/api/v1/clients/" + client.id() + "/history").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("action").equals("UPDATE"))
                .forEach(e -> changes.put(e.getString("field"), e));
        assertThat(changes).containsOnlyKeys("origin", "email");
        assertThat(changes.get("email").getString("oldValue")).isEqualTo(before.getString("email"));
    }

    @Test
    void plainJsonIsAcceptedToo() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Parcial " + ClientData.uniqueWord());

        Api.Reply patched = staff.patch("/api/v1/clients/" + client.id(), "application/json",
                "{\"observations\":\"Prefere horário da manhã\"}");

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().getString("observations")).isEqualTo("Prefere horário da manhã");
        assertThat(patched.json().getString("name")).isEqualTo(client.name());
    }

    @Test
    void badValuesAre422PerFieldAndNothingIsSaved() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Parcial " + ClientData.uniqueWord());
        String before = staff.get("/api/v1/clients/" + client.id()).body();

        Api.Reply reply = staff.patch("/api/v1/clients/" + client.id(), MERGE_PATCH,
                "{\"name\":null,\"email\":\"isto não é e-mail\",\"phone\":\"123\",\"origin\":\"Indicação\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        Map<String, String> errors = new HashMap<>();
        reply.json().getJsonArray("errors").getValuesAs(JsonObject.class)
                .forEach(e -> errors.put(e.getString("field"), e.getString("message")));
        assertThat(errors).containsKeys("name", "email", "phone");
        assertThat(errors.get("name")).containsIgnoringCase("nome");
        assertThat(staff.get("/api/v1/clients/" + client.id()).body()).isEqualTo(before);
    }

    @Test
    void anotherCompanysClientIs404AndUnchanged() {
        ClientData.NewClient ofClinica = ClientData.person(CLINICA_ADMIN, "Clínica " + ClientData.uniqueWord());
        Api clinica = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);
        String before = clinica.get("/api/v1/clients/" + ofClinica.id()).body();

        Api.Reply reply = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD).patch("/api/v1/clients/" + ofClinica.id(),
                MERGE_PATCH, "{\"name\":\"Invadido\"}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).doesNotContain(ofClinica.name());
        assertThat(clinica.get("/api/v1/clients/" + ofClinica.id()).body()).isEqualTo(before);
    }
}
