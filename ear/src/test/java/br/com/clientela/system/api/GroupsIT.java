package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Client groups over the API: create, rename, bulk membership with history, delete, and tenancy. */
@ExtendWith(DeployedClientela.class)
class GroupsIT {

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void clientsAddedInBulkAreCountedShownOnTheirRecordAndInTheirHistory() {
        long group = createGroup(staff, "VIP " + unique());
        long ana = createClient(staff, "Ana Grupo " + unique());
        long bia = createClient(staff, "Bia Grupo " + unique());

        JsonObject row = staff.post("/api/v1/groups/" + group + "/members", "{\"clientIds\":[" + ana + "," + bia + "]}")
                .json();

        assertThat(row.getInt("members")).isEqualTo(2);
        assertThat(staff.get("/api/v1/clients/" + ana).json().getJsonArray("groups").toString()).contains("VIP");
        assertThat(staff.get("/api/v1/clients/" + ana + "/history").body()).contains("\"field\":\"groups\"");
        assertThat(staff.post("/api/v1/groups/" + group + "/members/removal", "{\"clientIds\":[" + bia + "]}").json()
                .getInt("members")).isEqualTo(1);
    }

    @Test
    void aGroupNameIsUniqueIgnoringCase() {
        String name = "Banho e tosa " + unique();
        createGroup(staff, name);

        Api.Reply again = staff.post("/api/v1/groups", "{\"name\":\"" + name.toUpperCase() + "\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("name");
    }

    @Test
    void emptyNameAndEmptyMembershipAre422() {
        assertThat(staff.post("/api/v1/groups", "{\"name\":\"  \"}").status()).isEqualTo(422);
        long group = createGroup(staff, "Vazio " + unique());
        assertThat(staff.post("/api/v1/groups/" + group + "/members", "{\"clientIds\":[]}").status()).isEqualTo(422);
    }

    @Test
    void deletingAGroupKeepsItsClients() {
        Api manager = Api.as("gerente@pethotel.demo", DEMO_PASSWORD);
        long group = createGroup(manager, "Temporário " + unique());
        long client = createClient(manager, "Cliente Fica " + unique());
        manager.post("/api/v1/groups/" + group + "/members", "{\"clientIds\":[" + client + "]}");

        assertThat(staff.delete("/api/v1/groups/" + group).status()).isEqualTo(403);
        assertThat(manager.delete("/api/v1/groups/" + group).status()).isEqualTo(204);

        assertThat(manager.get("/api/v1/groups").body()).doesNotContain("Temporário");
        assertThat(manager.get("/api/v1/clients/" + client).json().getJsonArray("groups")).isEmpty();
    }

    @Test
    void anotherCompanysGroupsAndClientsAreOutOfReach() {
        Api companyA = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);
        Api companyB = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);
        String name = "Só da clínica " + unique();
        long groupOfB = createGroup(companyB, name);
        long clientOfB = createClient(companyB, "Cliente da Clínica " + unique());
        long groupOfA = createGroup(companyA, "Do hotel " + unique());

        assertThat(companyA.get("/api/v1/groups").body()).doesNotContain(name);
        assertThat(companyA.put("/api/v1/groups/" + groupOfB, "{\"name\":\"Invadido\"}").status()).isEqualTo(404);
        assertThat(companyA.delete("/api/v1/groups/" + groupOfB).status()).isEqualTo(404);
        assertThat(companyA.post("/api/v1/groups/" + groupOfB + "/members", "{\"clientIds\":[" + clientOfB + "]}")
                .status()).isEqualTo(404);
        assertThat(companyA.post("/api/v1/groups/" + groupOfA + "/members", "{\"clientIds\":[" + clientOfB + "]}")
                .status()).isEqualTo(404);
        assertThat(companyB.get("/api/v1/groups").body()).contains(name);
        assertThat(companyB.get("/api/v1/clients/" + clientOfB).json().getJsonArray("groups")).isEmpty();
    }

    private static long createGroup(Api api, String name) {
        Api.Reply reply = api.post("/api/v1/groups", "{\"name\":\"" + name + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static long createClient(Api api, String name) {
        Api.Reply reply = api.post("/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":\"" + name + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
