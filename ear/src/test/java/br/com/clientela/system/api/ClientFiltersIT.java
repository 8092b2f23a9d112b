package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET /api/v1/clients narrowed by group, stage and status, together with the search. */
@ExtendWith(DeployedClientela.class)
class ClientFiltersIT {

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void groupStageAndStatusNarrowTheSearch() {
        String word = TestData.uniqueWord();
        long active = client("Ativo " + word, "ACTIVE");
        long inactive = client("Inativo " + word, "INACTIVE");
        long group = staff.post("/api/v1/groups", "{\"name\":\"Filtro " + word + "\"}").json().getJsonNumber("id")
                .longValue();
        staff.post("/api/v1/groups/" + group + "/members", "{\"clientIds\":[" + inactive + "]}");

        assertThat(ids("q=" + word)).containsExactlyInAnyOrder(active, inactive);
        assertThat(ids("q=" + word + "&group=" + group)).containsExactly(inactive);
        assertThat(ids("q=" + word + "&active=true")).containsExactly(active);
        assertThat(ids("q=" + word + "&stage=INACTIVE")).containsExactly(inactive);
        assertThat(ids("q=" + word + "&stage=contact")).containsExactly(active);
        assertThat(ids("q=" + word + "&stage=CUSTOMER")).isEmpty();
        assertThat(staff.get("/api/v1/clients?q=" + word + "&group=" + group).json().getInt("total")).isEqualTo(1);
    }

    @Test
    void unknownStageOrStatusIs422NamingTheParameter() {
        Api.Reply stage = staff.get("/api/v1/clients?stage=VIP");
        Api.Reply active = staff.get("/api/v1/clients?active=talvez");

        assertThat(stage.status()).isEqualTo(422);
        assertThat(stage.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("stage");
        assertThat(active.status()).isEqualTo(422);
        assertThat(active.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("active");
    }

    private long client(String name, String status) {
        Api.Reply created = staff.post("/api/v1/clients",
                "{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"status\":\"" + status + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private java.util.List<Long> ids(String query) {
        JsonObject page = staff.get("/api/v1/clients?" + query).json();
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getJsonNumber("id").longValue()).toList();
    }
}
