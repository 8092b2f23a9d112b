package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_MANAGER;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * POST /clients/merge: MANAGER and ADMIN merge the loser into the winner, field by field; addresses, contacts,
 * groups and history move; the loser is gone; the winner's history records the merge. STAFF and another
 * company's ids change nothing.
 */
@ExtendWith(DeployedClientela.class)
class ClientMergeIT {

    private final Api manager = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD);

    @Test
    void aManagerMergesChosenFieldsAndEverythingLinkedMovesAndTheLoserIsGone() {
        String word = TestData.uniqueWord();
        String loserEmail = TestData.uniqueEmail("sai");
        long winner = created(manager, person("Fica " + word).add("email", TestData.uniqueEmail("fica"))
                .add("origin", "Instagram")
                .add("addresses", Json.createArrayBuilder().add(address("MAIN", "01310-100", "São Paulo", "SP"))));
        long loser = created(manager, person("Sai " + word).add("email", loserEmail).add("origin", "Google")
                .add("addresses", Json.createArrayBuilder().add(address("DELIVERY", "20040-020", "Rio de Janeiro", "RJ")))
                .add("contacts", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "Carla " + word).add("role", "Secretária").add("phone", "(11) 3333-4444"))));
        long winnersGroup = group(manager, "Fica " + word, winner);
        long losersGroup = group(manager, "Sai " + word, loser);
        Api.Reply change = manager.put("/api/v1/clients/" + loser, person("Sai " + word).add("email", loserEmail)
                .add("origin", "Indicação").add("addresses", Json.createArrayBuilder()
                        .add(address("DELIVERY", "20040-020", "Rio de Janeiro", "RJ"))).add("contacts",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Carla " + word)
                                .add("role", "Secretária").add("phone", "(11) 3333-4444"))).build().toString());
        assertThat(change.status()).as(change.toString()).isEqualTo(200);

        Api.Reply merged = manager.post("/api/v1/clients/merge", "{\"winnerId\":" + winner + ",\"loserId\":" + loser
                + ",\"choices\":{\"email\":\"LOSER\",\"origin\":\"WINNER\"}}");

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        JsonObject body = merged.json();
        assertThat(body.getJsonNumber("id").longValue()).isEqualTo(winner);
        assertThat(body.getString("name")).isEqualTo("Fica " + word);
        assertThat(body.getString("email")).isEqualTo(loserEmail);
        assertThat(body.getString("origin")).isEqualTo("Instagram");
        JsonObject after = manager.get("/api/v1/clients/" + winner).json();
        assertThat(after.getJsonArray("addresses").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("type")).containsExactlyInAnyOrder("MAIN", "DELIVERY");
        assertThat(after.getJsonArray("contacts").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("name")).containsExactly("Carla " + word);
        assertThat(after.getJsonArray("groups").getValuesAs(JsonObject.class))
                .extracting(g -> g.getJsonNumber("id").longValue()).containsExactlyInAnyOrder(winnersGroup, losersGroup);

        assertThat(manager.get("/api/v1/clients/" + loser).status()).isEqualTo(404);
        assertThat(manager.get("/api/v1/clients/" + loser + "/history").status()).isEqualTo(404);
        assertThat(manager.get("/api/v1/clients?q=" + word).json().getInt("total")).isEqualTo(1);
        assertThat(manager.get("/api/v1/clients/trash?size=100").body()).doesNotContain("Sai " + word);

        List<JsonObject> history = manager.get("/api/v1/clients/" + winner + "/history?size=100").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(history).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("MERGE");
            assertThat(e.getString("actor")).isEqualTo(PETHOTEL_MANAGER);
            assertThat(e.getString("oldValue")).contains("Sai " + word).contains("id " + loser);
            assertThat(e.getString("newValue")).contains("email: " + loserEmail);
        });
        // The loser's own history came along: its change of origin from Google to Indicação.
        assertThat(history).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("UPDATE");
            assertThat(e.getString("field")).isEqualTo("origin");
            assertThat(e.getString("oldValue")).isEqualTo("Google");
        });
        assertThat(history).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("UPDATE");
            assertThat(e.getString("field")).isEqualTo("email");
            assertThat(e.getString("newValue")).isEqualTo(loserEmail);
        });
    }

    @Test
    void theLosersCpfMovesToTheWinnerWithoutCollidingAndStaysUnique() {
        String word = TestData.uniqueWord();
        String cpf = TestData.newCpf();
        Api admin = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);
        long winner = created(admin, person("Sem documento " + word));
        long loser = created(admin, person("Com documento " + word).add("document", cpf));

        Api.Reply merged = admin.post("/api/v1/clients/merge", "{\"winnerId\":" + winner + ",\"loserId\":" + loser
                + ",\"choices\":{\"document\":\"LOSER\"}}");

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.json().getString("document")).isEqualTo(cpf);
        Api.Reply again = admin.post("/api/v1/clients", person("Outro " + word).add("document", cpf).build().toString());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getJsonNumber("existingClientId").longValue()).isEqualTo(winner);
    }

    @Test
    void staffMayNotMergeAndNothingChanges() {
        String word = TestData.uniqueWord();
        long winner = created(manager, person("Fica " + word));
        long loser = created(manager, person("Sai " + word).add("email", TestData.uniqueEmail("sai")));
        String before = manager.get("/api/v1/clients/" + winner).body();

        Api.Reply refused = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD).post("/api/v1/clients/merge",
                "{\"winnerId\":" + winner + ",\"loserId\":" + loser + ",\"choices\":{\"email\":\"LOSER\"}}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(manager.get("/api/v1/clients/" + winner).body()).isEqualTo(before);
        assertThat(manager.get("/api/v1/clients/" + loser).status()).isEqualTo(200);
    }

    @Test
    void anotherCompanysClientIs404AndNothingChangesOnEitherSide() {
        String word = TestData.uniqueWord();
        Api clinica = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);
        long ours = created(manager, person("Nosso " + word));
        long theirs = created(clinica, person("Deles " + word).add("email", TestData.uniqueEmail("deles")));
        String oursBefore = manager.get("/api/v1/clients/" + ours).body();
        String theirsBefore = clinica.get("/api/v1/clients/" + theirs).body();

        Api.Reply asLoser = manager.post("/api/v1/clients/merge", "{\"winnerId\":" + ours + ",\"loserId\":" + theirs
                + ",\"choices\":{\"email\":\"LOSER\"}}");
        Api.Reply asWinner = manager.post("/api/v1/clients/merge", "{\"winnerId\":" + theirs + ",\"loserId\":" + ours
                + "}");

        assertThat(asLoser.status()).isEqualTo(404);
        assertThat(asWinner.status()).isEqualTo(404);
        assertThat(asLoser.body()).doesNotContain("Deles " + word);
        assertThat(manager.get("/api/v1/clients/" + ours).body()).isEqualTo(oursBefore);
        assertThat(clinica.get("/api/v1/clients/" + theirs).body()).isEqualTo(theirsBefore);
        assertThat(manager.get("/api/v1/clients/" + ours + "/history").json().getInt("total")).isEqualTo(1);
    }

    @Test
    void mergingAClientWithItselfOrAnUnknownFieldIs422() {
        String word = TestData.uniqueWord();
        long one = created(manager, person("Um " + word));
        long two = created(manager, person("Dois " + word));

        Api.Reply itself = manager.post("/api/v1/clients/merge", "{\"winnerId\":" + one + ",\"loserId\":" + one + "}");
        Api.Reply unknown = manager.post("/api/v1/clients/merge", "{\"winnerId\":" + one + ",\"loserId\":" + two
                + ",\"choices\":{\"shoeSize\":\"LOSER\"}}");
        Api.Reply missing = manager.post("/api/v1/clients/merge", "{\"winnerId\":" + one + "}");

        assertThat(itself.status()).isEqualTo(422);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("choices.shoeSize");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("loserId");
        assertThat(manager.get("/api/v1/clients/" + two).status()).isEqualTo(200);
    }

    private static JsonObjectBuilder person(String name) {
        return Json.createObjectBuilder().add("kind", "PERSON").add("name", name);
    }

    private static JsonObjectBuilder address(String type, String postalCode, String city, String state) {
        return Json.createObjectBuilder().add("type", type).add("postalCode", postalCode).add("city", city)
                .add("state", state);
    }

    private static long created(Api api, JsonObjectBuilder body) {
        Api.Reply reply = api.post("/api/v1/clients", body.build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static long group(Api api, String name, long member) {
        Api.Reply created = api.post("/api/v1/groups", Json.createObjectBuilder().add("name", name).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(api.post("/api/v1/groups/" + id + "/members", "{\"clientIds\":[" + member + "]}").status())
                .isEqualTo(200);
        return id;
    }
}
