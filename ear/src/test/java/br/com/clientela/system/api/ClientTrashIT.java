package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deleting from the trash for good: ADMIN only, only what is in the trash, only the caller's company. */
@ExtendWith(DeployedClientela.class)
class ClientTrashIT {

    private final Api admin = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);

    @Test
    void adminDeletesATrashedClientForGoodAndItsHistoryEndsWithIt() {
        long id = trashedClient(admin);

        assertThat(Api.as(PETHOTEL_STAFF, DEMO_PASSWORD).delete("/api/v1/clients/trash/" + id).status())
                .isEqualTo(403);
        assertThat(admin.delete("/api/v1/clients/trash/" + id).status()).isEqualTo(204);

        assertThat(admin.post("/api/v1/clients/" + id + "/restore", "").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/clients/trash?size=100").body()).doesNotContain("\"id\":" + id + ",");
    }

    @Test
    void aClientOutsideTheTrashCannotBeDeletedForGood() {
        long id = client(admin);

        assertThat(admin.delete("/api/v1/clients/trash/" + id).status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/clients/" + id).status()).isEqualTo(200);
    }

    @Test
    void anotherCompanysTrashIsOutOfReach() {
        Api companyB = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);
        long ofB = trashedClient(companyB);

        assertThat(admin.delete("/api/v1/clients/trash/" + ofB).status()).isEqualTo(404);
        assertThat(companyB.post("/api/v1/clients/" + ofB + "/restore", "").status()).isEqualTo(200);
    }

    private static long client(Api api) {
        Api.Reply created = api.post("/api/v1/clients",
                "{\"kind\":\"PERSON\",\"name\":\"Lixeira " + TestData.uniqueWord() + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static long trashedClient(Api api) {
        long id = client(api);
        assertThat(api.delete("/api/v1/clients/" + id).status()).isEqualTo(204);
        return id;
    }
}
