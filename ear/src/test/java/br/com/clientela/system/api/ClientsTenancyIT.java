package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.shared.documents.Cpf;
import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Company A (pethotel) tries to reach company B's (clinica) clients: every endpoint that takes an id answers
 * 404 exactly as for an id that does not exist, B's client is unchanged, and no list or search shows it.
 */
@ExtendWith(DeployedClientela.class)
class ClientsTenancyIT {

    private final Api companyA = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);
    private final Api companyB = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);

    @Test
    void anotherCompanysClientCannotBeReadChangedTrashedOrHaveItsHistoryRead() {
        String word = TestData.uniqueWord();
        long id = id(TestData.personClient(CLINICA_ADMIN, "Paciente " + word, TestData.newCpf()));
        String before = companyB.get("/api/v1/clients/" + id).body();

        Api.Reply read = companyA.get("/api/v1/clients/" + id);
        Api.Reply change = companyA.put("/api/v1/clients/" + id,
                "{\"kind\":\"PERSON\",\"name\":\"Invadido\",\"status\":\"INACTIVE\"}");
        Api.Reply trash = companyA.delete("/api/v1/clients/" + id);
        Api.Reply restore = companyA.post("/api/v1/clients/" + id + "/restore", "");
        Api.Reply history = companyA.get("/api/v1/clients/" + id + "/history");

        assertThat(read.status()).isEqualTo(404);
        assertThat(change.status()).isEqualTo(404);
        assertThat(trash.status()).isEqualTo(404);
        assertThat(restore.status()).isEqualTo(404);
        assertThat(history.status()).isEqualTo(404);
        assertThat(read.json().getString("detail"))
                .isEqualTo(companyA.get("/api/v1/clients/999999999").json().getString("detail"));
        assertThat(read.body() + change.body() + trash.body() + restore.body() + history.body()).doesNotContain(word);
        assertThat(companyB.get("/api/v1/clients/" + id).body()).isEqualTo(before);
        JsonObject historyOfB = companyB.get("/api/v1/clients/" + id + "/history").json();
        assertThat(historyOfB.getJsonNumber("total").longValue()).isEqualTo(1);
    }

    @Test
    void anotherCompanysTrashedClientCannotBeRestoredNorSeenInTheTrash() {
        String word = TestData.uniqueWord();
        long id = id(TestData.personClient(CLINICA_ADMIN, "Descartado " + word, TestData.newCpf()));
        assertThat(companyB.delete("/api/v1/clients/" + id).status()).isEqualTo(204);

        Api.Reply restore = companyA.post("/api/v1/clients/" + id + "/restore", "");

        assertThat(restore.status()).isEqualTo(404);
        assertThat(companyA.get("/api/v1/clients/trash?size=100").body()).doesNotContain(word);
        assertThat(companyB.get("/api/v1/clients/" + id).status()).isEqualTo(404);
        assertThat(ids(companyB.get("/api/v1/clients/trash?size=100").json())).contains(id);
    }

    @Test
    void searchAndListNeverShowAnotherCompanysClients() {
        String word = TestData.uniqueWord();
        String cpf = TestData.newCpf();
        String mobile = TestData.newMobileNumber();
        String masked = mobile.substring(0, 5) + "-" + mobile.substring(5);
        Api.Reply created = companyB.post("/api/v1/clients", Json.createObjectBuilder().add("kind", "PERSON")
                .add("name", "Tutora " + word).add("document", cpf).add("email", word + "@clinica.com.br")
                .add("phone", "(21) " + masked).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = id(created.json());

        for (String q : List.of(word, cpf, Cpf.format(cpf), masked, word + "@clinica")) {
            assertThat(ids(search(companyB, q))).as("company B searching " + q).contains(id);
            assertThat(search(companyA, q).getJsonNumber("total").longValue()).as("company A searching " + q).isZero();
        }
        assertThat(companyA.get("/api/v1/clients?size=100").body()).doesNotContain(word);
    }

    @Test
    void theSameCpfMayBeAClientOfEachCompany() {
        String cpf = TestData.newCpf();
        long ofA = id(TestData.personClient(PETHOTEL_ADMIN, "Cliente de A " + TestData.uniqueWord(), cpf));

        Api.Reply inB = companyB.post("/api/v1/clients", Json.createObjectBuilder().add("kind", "PERSON")
                .add("name", "Cliente de B " + TestData.uniqueWord()).add("document", Cpf.format(cpf)).build().toString());

        assertThat(inB.status()).as(inB.toString()).isEqualTo(201);
        long ofB = id(inB.json());
        assertThat(ids(search(companyA, cpf))).containsExactly(ofA);
        assertThat(ids(search(companyB, cpf))).containsExactly(ofB);
    }

    private static JsonObject search(Api api, String q) {
        Api.Reply reply = api.get("/api/v1/clients?size=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static long id(JsonObject client) {
        return client.getJsonNumber("id").longValue();
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonValue::asJsonObject).stream()
                .map(ClientsTenancyIT::id).toList();
    }
}
