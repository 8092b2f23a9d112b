package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_MANAGER;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The company's order types and statuses over the API: the order the company sets is the order everyone reads,
 * names are unique in the company, a status in use is deactivated rather than deleted. Statuses made here are
 * kept after the defaults, so the company's first status (the default of new orders) stays Aberto.
 */
@ExtendWith(DeployedClientela.class)
class OrderSettingsIT {

    private final Api manager = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD);
    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void theOrderTheCompanySetsIsTheOrderOfTheList() {
        String word = TestData.uniqueWord();
        long separado = create("Separado " + word, false, false);
        long enviado = create("Enviado " + word, false, false);
        long faturado = create("Faturado " + word, true, false);

        Api.Reply moved = manager.put("/api/v1/order-statuses/" + faturado, "{\"name\":\"Faturado " + word
                + "\",\"position\":" + position(separado) + "}");
        Api.Reply renamed = manager.put("/api/v1/order-statuses/" + enviado, "{\"name\":\"Despachado " + word
                + "\",\"closed\":true}");

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(renamed.json().getBoolean("closed")).isTrue();
        assertThat(renamed.json().getBoolean("paid")).isFalse();
        List<JsonObject> statuses = staff.get("/api/v1/order-statuses").json().getJsonArray("items")
                .getValuesAs(JsonValue::asJsonObject);
        List<String> mine = statuses.stream().map(s -> s.getString("name")).filter(n -> n.endsWith(word)).toList();
        assertThat(mine).containsExactly("Faturado " + word, "Separado " + word, "Despachado " + word);
        assertThat(statuses).extracting(s -> s.getInt("position")).isSorted().doesNotHaveDuplicates();
        assertThat(statuses.get(0).getString("name")).isEqualTo("Aberto");
    }

    @Test
    void namesAreUniqueAndAStatusInUseIsDeactivatedNotDeleted() {
        String word = TestData.uniqueWord();
        long aguardando = create("Aguardando " + word, false, false);
        long client = ClientData.person(PETHOTEL_STAFF, "Situação " + ClientData.uniqueWord()).id();
        long order = staff.post("/api/v1/orders", "{\"clientId\":" + client + ",\"statusId\":" + aguardando
                + ",\"lines\":[{\"description\":\"Tosa\",\"unitPrice\":60}]}").json().getJsonNumber("id").longValue();

        Api.Reply taken = manager.post("/api/v1/order-statuses", "{\"name\":\"aguardando " + word.toUpperCase() + "\"}");
        Api.Reply delete = manager.delete("/api/v1/order-statuses/" + aguardando);
        Api.Reply deactivate = manager.put("/api/v1/order-statuses/" + aguardando, "{\"name\":\"Aguardando " + word
                + "\",\"active\":false}");
        Api.Reply newOrderInIt = staff.post("/api/v1/orders", "{\"clientId\":" + client + ",\"statusId\":" + aguardando
                + ",\"lines\":[{\"description\":\"Tosa\",\"unitPrice\":60}]}");
        long unused = create("Sem uso " + word, false, false);
        Api.Reply deleteUnused = manager.delete("/api/v1/order-statuses/" + unused);
        Api.Reply emptyName = manager.post("/api/v1/order-types", "{\"name\":\" \"}");

        assertThat(taken.status()).isEqualTo(409);
        assertThat(ClientRecordIT.errors(taken).get("name")).contains("Já existe uma situação");
        assertThat(delete.status()).isEqualTo(409);
        assertThat(deactivate.json().getBoolean("active")).isFalse();
        assertThat(newOrderInIt.status()).isEqualTo(422);
        assertThat(ClientRecordIT.errors(newOrderInIt).get("statusId")).contains("desativada");
        assertThat(staff.get("/api/v1/orders/" + order).json().getString("statusName")).isEqualTo("Aguardando " + word);
        assertThat(staff.get("/api/v1/order-statuses?active=true").body()).doesNotContain("Aguardando " + word);
        assertThat(deleteUnused.status()).isEqualTo(204);
        assertThat(manager.get("/api/v1/order-statuses/" + unused).status()).isEqualTo(404);
        assertThat(emptyName.status()).isEqualTo(422);
        assertThat(ClientRecordIT.errors(emptyName)).containsEntry("name", "Informe o nome.");
    }

    @Test
    void aNewTypeCanBeAddedRenamedAndTakenOffOffer() {
        String word = TestData.uniqueWord();
        Api.Reply created = manager.post("/api/v1/order-types", "{\"name\":\"Assinatura " + word + "\"}");
        long id = ClientRecordIT.id(created.json());

        Api.Reply changed = manager.put("/api/v1/order-types/" + id, "{\"name\":\"Plano " + word + "\",\"active\":false}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(changed.json().getString("name")).isEqualTo("Plano " + word);
        assertThat(staff.get("/api/v1/order-types?active=true").body()).doesNotContain(word);
        assertThat(staff.get("/api/v1/order-types").body()).contains("Plano " + word);
    }

    private long create(String name, boolean paid, boolean closed) {
        Api.Reply created = manager.post("/api/v1/order-statuses", "{\"name\":\"" + name + "\",\"paid\":" + paid
                + ",\"closed\":" + closed + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return ClientRecordIT.id(created.json());
    }

    private int position(long statusId) {
        return manager.get("/api/v1/order-statuses/" + statusId).json().getInt("position");
    }
}
