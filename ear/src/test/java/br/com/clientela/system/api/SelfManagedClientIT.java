package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data the client typed themselves ({@code selfManaged}, set here straight in the database as the portal will):
 * staff change only the fee, status, owner and observations; any other change is refused field by field and
 * nothing is saved. The flag itself cannot be set through the staff API.
 */
@ExtendWith(DeployedClientela.class)
class SelfManagedClientIT {

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void staffChangeFeeStatusOwnerAndObservationsOfASelfManagedClient() throws SQLException {
        String name = "Autônoma " + TestData.uniqueWord();
        long id = selfManaged(base(name));
        TestData.NewStaff owner = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");

        Api.Reply changed = staff.put("/api/v1/clients/" + id, base(name).add("defaultFee", new BigDecimal("99.90"))
                .add("status", "INACTIVE").add("ownerId", owner.id()).add("observations", "Pagou adiantado")
                .build().toString());

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonObject client = changed.json();
        assertThat(client.getJsonNumber("defaultFee").bigDecimalValue()).isEqualByComparingTo("99.90");
        assertThat(client.getString("status")).isEqualTo("INACTIVE");
        assertThat(client.getJsonNumber("ownerId").longValue()).isEqualTo(owner.id());
        assertThat(client.getString("observations")).isEqualTo("Pagou adiantado");
        assertThat(client.getBoolean("selfManaged")).isTrue();
    }

    @Test
    void otherChangesAreRefusedOnePerFieldInPortugueseAndNothingIsSaved() throws SQLException {
        String name = "Autônomo " + TestData.uniqueWord();
        long id = selfManaged(base(name));

        Api.Reply refused = staff.put("/api/v1/clients/" + id, base(name + " Mudado")
                .add("phone", "(21) 98888-1111").add("observations", "permitido, mas vai junto")
                .add("contacts", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Novo contato")))
                .build().toString());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(ClientRecordIT.errors(refused).keySet()).containsExactlyInAnyOrder("name", "phone", "contacts");
        assertThat(ClientRecordIT.errors(refused).get("name")).contains("próprio cliente");
        JsonObject stored = staff.get("/api/v1/clients/" + id).json();
        assertThat(stored.getString("name")).isEqualTo(name);
        assertThat(stored.getString("phone")).isEqualTo("+5511987654321");
        assertThat(stored.get("observations")).isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(stored.getJsonArray("contacts")).isEmpty();
        assertThat(staff.get("/api/v1/clients/" + id + "/history").json().getJsonNumber("total").longValue())
                .isEqualTo(1);
    }

    @Test
    void theSameDataSentBackInAnotherFormatIsNoChange() throws SQLException {
        String name = "Mesmo " + TestData.uniqueWord();
        long id = selfManaged(base(name));

        Api.Reply same = staff.put("/api/v1/clients/" + id, base(name).add("phone", "+55 11 98765-4321")
                .add("defaultFee", 10).build().toString());

        assertThat(same.status()).as(same.toString()).isEqualTo(200);
    }

    @Test
    void theFlagCannotBeSetThroughTheStaffApi() {
        String name = "Bandeira " + TestData.uniqueWord();
        Api.Reply created = staff.post("/api/v1/clients", base(name).add("selfManaged", true).build().toString());
        long id = ClientRecordIT.id(staff.post("/api/v1/clients", base(name).build().toString()).json());

        Api.Reply changed = staff.put("/api/v1/clients/" + id, base(name).add("selfManaged", true).build().toString());

        assertThat(created.status()).isEqualTo(400);
        assertThat(changed.status()).isEqualTo(400);
        assertThat(staff.get("/api/v1/clients/" + id).json().getBoolean("selfManaged")).isFalse();
    }

    private static JsonObjectBuilder base(String name) {
        return ClientRecordIT.person(name).add("phone", "(11) 98765-4321");
    }

    /** Creates the client through the API, then marks it as typed by the client, as the portal will. */
    private long selfManaged(JsonObjectBuilder body) throws SQLException {
        long id = ClientRecordIT.id(staff.post("/api/v1/clients", body.build().toString()).json());
        try (Connection db = DeployedClientela.openDatabase();
                PreparedStatement mark = db.prepareStatement("update client set self_managed = true where id = ?")) {
            mark.setLong(1, id);
            assertThat(mark.executeUpdate()).isEqualTo(1);
        }
        return id;
    }
}
