package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff accounts over the API: create (201 + Location), read, change, and pages of the list. */
@ExtendWith(DeployedClientela.class)
class StaffUsersApiIT {

    private final Api admin = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);

    @Test
    void createdStaffUserIsAtItsLocationAndCanSignIn() {
        String email = TestData.uniqueEmail("nova");
        Api.Reply created = admin.post("/api/v1/staff-users",
                "{\"email\":\"" + email.toUpperCase() + "\",\"name\":\"  Nova Pessoa \",\"role\":\"MANAGER\","
                        + "\"password\":\"SenhaNova2026\"}");

        assertThat(created.status()).isEqualTo(201);
        String location = created.header("Location");
        assertThat(location).endsWith("/api/v1/staff-users/" + created.json().getJsonNumber("id").longValue());
        JsonObject read = admin.get(location.substring(location.indexOf("/api/"))).json();
        assertThat(read.getString("email")).isEqualTo(email);
        assertThat(read.getString("name")).isEqualTo("Nova Pessoa");
        assertThat(read.getString("role")).isEqualTo("MANAGER");
        assertThat(read).doesNotContainKey("passwordHash");
        assertThat(Api.as(email, "SenhaNova2026").get("/api/v1/me").json().getJsonArray("roles").toString())
                .contains("MANAGER").doesNotContain("ADMIN");
    }

    @Test
    void changedRoleTakesEffectOnTheNextCall() {
        TestData.NewStaff staff = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");
        assertThat(Api.as(staff.email(), staff.password()).get("/api/v1/staff-users").status()).isEqualTo(403);

        Api.Reply changed = admin.put("/api/v1/staff-users/" + staff.id(),
                "{\"name\":\"Promovida\",\"role\":\"ADMIN\",\"active\":true}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().getString("role")).isEqualTo("ADMIN");
        assertThat(Api.as(staff.email(), staff.password()).get("/api/v1/staff-users").status()).isEqualTo(200);
    }

    @Test
    void theListIsPagedWithTheTotal() {
        JsonObject first = admin.get("/api/v1/staff-users?page=0&size=2").json();
        JsonObject second = admin.get("/api/v1/staff-users?page=1&size=2").json();

        assertThat(first.getJsonArray("items")).hasSize(2);
        assertThat(first.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(3);
        assertThat(second.getJsonArray("items")).isNotEmpty();
        assertThat(second.getJsonArray("items").getJsonObject(0).getJsonNumber("id"))
                .isNotIn(first.getJsonArray("items").getJsonObject(0).getJsonNumber("id"),
                        first.getJsonArray("items").getJsonObject(1).getJsonNumber("id"));
    }

    @Test
    void pageSizeAboveTheLimitIs422() {
        Api.Reply reply = admin.get("/api/v1/staff-users?size=1000");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("O tamanho da página vai de 1 a 100.");
    }
}
