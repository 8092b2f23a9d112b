package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
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

/** Centers (unidades) over the API: create, read, rename, deactivate; ADMIN only for changes; per company. */
@ExtendWith(DeployedClientela.class)
class CentersIT {

    private final Api admin = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);

    @Test
    void anAdminCreatesRenamesAndDeactivatesACenter() {
        String word = TestData.uniqueWord();

        Api.Reply created = admin.post("/api/v1/centers", "{\"name\":\"  Centro " + word + " \"}");
        long id = ClientRecordIT.id(created.json());
        Api.Reply renamed = admin.put("/api/v1/centers/" + id, "{\"name\":\"Moema " + word + "\"}");
        Api.Reply deactivated = admin.put("/api/v1/centers/" + id, "{\"name\":\"Moema " + word + "\",\"active\":false}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/centers/" + id);
        assertThat(created.json().getString("name")).isEqualTo("Centro " + word);
        assertThat(created.json().getBoolean("active")).isTrue();
        assertThat(renamed.json().getString("name")).isEqualTo("Moema " + word);
        assertThat(renamed.json().getBoolean("active")).isTrue();
        assertThat(deactivated.json().getBoolean("active")).isFalse();
        JsonObject read = admin.get("/api/v1/centers/" + id).json();
        assertThat(read.getString("name")).isEqualTo("Moema " + word);
        assertThat(read.getBoolean("active")).isFalse();
        List<JsonObject> listed = admin.get("/api/v1/centers?size=100").json().getJsonArray("items")
                .getValuesAs(JsonValue::asJsonObject);
        assertThat(listed).extracting(c -> c.getString("name")).contains("Moema " + word);
    }

    @Test
    void aBlankOrTakenNameIsRefusedOnTheName() {
        String name = "Única " + TestData.uniqueWord();
        admin.post("/api/v1/centers", "{\"name\":\"" + name + "\"}");

        Api.Reply blank = admin.post("/api/v1/centers", "{\"name\":\" \"}");
        Api.Reply taken = admin.post("/api/v1/centers", "{\"name\":\"" + name.toUpperCase() + "\"}");

        assertThat(blank.status()).isEqualTo(422);
        assertThat(ClientRecordIT.errors(blank)).containsKey("name");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(ClientRecordIT.errors(taken).get("name")).contains("Já existe uma unidade");
    }

    @Test
    void staffListCentersButOnlyAnAdminChangesThem() {
        Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);
        long id = ClientRecordIT.center(admin, "Equipe vê " + TestData.uniqueWord());

        assertThat(staff.get("/api/v1/centers").status()).isEqualTo(200);
        assertThat(staff.post("/api/v1/centers", "{\"name\":\"Da equipe\"}").status()).isEqualTo(403);
        assertThat(staff.put("/api/v1/centers/" + id, "{\"name\":\"Renomeada\"}").status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/centers/" + id).json().getString("name")).startsWith("Equipe vê ");
    }

    @Test
    void anotherCompanysCenterCannotBeSeenReadNorChanged() {
        Api clinica = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);
        String name = "Só do hotel " + TestData.uniqueWord();
        long id = ClientRecordIT.center(admin, name);

        Api.Reply read = clinica.get("/api/v1/centers/" + id);
        Api.Reply renamed = clinica.put("/api/v1/centers/" + id, "{\"name\":\"Invadida\",\"active\":false}");

        assertThat(read.status()).isEqualTo(404);
        assertThat(renamed.status()).isEqualTo(404);
        assertThat(clinica.get("/api/v1/centers?size=100").json().getJsonArray("items")
                .getValuesAs(JsonValue::asJsonObject)).extracting(c -> c.getString("name")).doesNotContain(name);
        JsonObject unchanged = admin.get("/api/v1/centers/" + id).json();
        assertThat(unchanged.getString("name")).isEqualTo(name);
        assertThat(unchanged.getBoolean("active")).isTrue();
    }
}
