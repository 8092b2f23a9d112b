package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Company A (pethotel) tries to read, change and delete company B's (clinica) records through every endpoint
 * that takes an id: each answer is 404, exactly as for an id that does not exist, and B's data is unchanged.
 */
@ExtendWith(DeployedClientela.class)
class TenancyIT {

    private final Api companyA = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);
    private final Api companyB = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);

    @Test
    void anotherCompanysStaffUserCannotBeReadChangedOrHaveItsPasswordReset() {
        TestData.NewStaff ofB = TestData.staffUser(CLINICA_ADMIN, "STAFF");
        String before = companyB.get("/api/v1/staff-users/" + ofB.id()).body();

        Api.Reply read = companyA.get("/api/v1/staff-users/" + ofB.id());
        Api.Reply change = companyA.put("/api/v1/staff-users/" + ofB.id(),
                "{\"name\":\"Invadido\",\"role\":\"ADMIN\",\"active\":false}");
        Api.Reply reset = companyA.post("/api/v1/staff-users/" + ofB.id() + "/password",
                "{\"password\":\"Invasora2026x\"}");

        assertThat(read.status()).isEqualTo(404);
        assertThat(change.status()).isEqualTo(404);
        assertThat(reset.status()).isEqualTo(404);
        assertThat(read.json().getString("detail")).isEqualTo(companyA.get("/api/v1/staff-users/999999999").json()
                .getString("detail"));
        assertThat(companyB.get("/api/v1/staff-users/" + ofB.id()).body()).isEqualTo(before);
        assertThat(Api.as(ofB.email(), ofB.password()).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(Api.as(ofB.email(), "Invasora2026x").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void listsShowOnlyTheCallersCompany() {
        TestData.NewStaff ofB = TestData.staffUser(CLINICA_ADMIN, "STAFF");

        String listOfA = companyA.get("/api/v1/staff-users").body();

        assertThat(listOfA).contains(PETHOTEL_ADMIN).doesNotContain(CLINICA_ADMIN).doesNotContain(ofB.email());
    }

    @Test
    void anotherCompanysApiTokenCannotBeListedOrRevoked() {
        JsonObject tokenOfB = companyB.post("/api/v1/api-tokens", "{\"name\":\"Integração da clínica\"}").json();
        long id = tokenOfB.getJsonNumber("id").longValue();

        Api.Reply revoke = companyA.delete("/api/v1/api-tokens/" + id);

        assertThat(revoke.status()).isEqualTo(404);
        assertThat(companyA.get("/api/v1/api-tokens").body()).doesNotContain("Integração da clínica");
        assertThat(Api.withToken(tokenOfB.getString("token")).get("/api/v1/me").json()
                .getJsonObject("company").getString("slug")).isEqualTo("clinica");
    }

    @Test
    void eachCompanySeesAndEditsOnlyItsOwnProfile() {
        assertThat(companyA.get("/api/v1/company").json().getString("slug")).isEqualTo("pethotel");
        assertThat(companyB.get("/api/v1/company").json().getString("slug")).isEqualTo("clinica");
    }

    @Test
    void aStaffUserCannotTakeAnEmailThatExistsInAnotherCompany() {
        Api.Reply reply = companyA.post("/api/v1/staff-users",
                "{\"email\":\"" + CLINICA_ADMIN + "\",\"name\":\"Cópia\",\"role\":\"STAFF\",\"password\":\"Senha12345a\"}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(companyB.get("/api/v1/me").status()).isEqualTo(200);
    }
}
