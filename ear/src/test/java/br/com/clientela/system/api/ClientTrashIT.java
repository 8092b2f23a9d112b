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

/**
 * Deleting from the trash for good: ADMIN only, only what is in the trash, only the caller's company; a client with
 * money records is anonymised instead and its invoices stay.
 */
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
    void aClientWithInvoicesIsAnonymisedInsteadOfDeletedAndItsInvoicesStay() {
        long id = client(admin);
        Api.Reply issued = admin.post("/api/v1/invoices", "{\"clientId\": " + id + ", \"dueDate\": \""
                + java.time.LocalDate.now().plusDays(5) + "\", \"lines\": [{\"description\": \"Diária\","
                + " \"unitPrice\": 75.50}]}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        long invoice = issued.json().getJsonNumber("id").longValue();
        long number = issued.json().getJsonNumber("number").longValue();
        Api.Reply paid = admin.post("/api/v1/invoices/" + invoice + "/payments", "{\"amount\": 75.50,"
                + " \"method\": \"PIX\"}", "Idempotency-Key", java.util.UUID.randomUUID().toString());
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(admin.delete("/api/v1/clients/" + id).status()).isEqualTo(204);

        Api.Reply erased = admin.delete("/api/v1/clients/trash/" + id);

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(erased.json().getString("outcome")).isEqualTo("ANONYMISED");
        assertThat(erased.json().getString("message")).contains("lei exige guardar")
                .contains("Cliente anonimizado #" + id);
        Api.Reply kept = admin.get("/api/v1/invoices/" + invoice);
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.json().getJsonNumber("number").longValue()).isEqualTo(number);
        assertThat(kept.json().getString("status")).isEqualTo("PAID");
        assertThat(kept.json().getString("clientName")).isEqualTo("Cliente anonimizado #" + id);
        assertThat(admin.get("/api/v1/invoices/" + invoice + "/payments").json().getJsonArray("items")).hasSize(1);
        assertThat(admin.get("/api/v1/clients/" + id).status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/clients/trash?size=100").body()).doesNotContain("\"id\":" + id + ",");
        assertThat(admin.delete("/api/v1/clients/trash/" + id).status()).isEqualTo(404);
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
