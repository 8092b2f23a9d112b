package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.shared.documents.Cnpj;
import br.com.clientela.shared.documents.Cpf;
import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client registry over the API: create (201 + Location) with every field normalised, full replacement,
 * trash and restore, the history of who changed what, and search that forgives accents, case and masks.
 */
@ExtendWith(DeployedClientela.class)
class ClientsApiIT {

    private final Api admin = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);

    @Test
    void createdPersonIsAtItsLocationWithDocumentPhoneAndPostalCodeNormalised() {
        String word = TestData.uniqueWord();
        String cpf = TestData.newCpf();
        String mobile = TestData.newMobileNumber();
        JsonObjectBuilder body = person("Ana Ribeiro " + word)
                .add("tradeName", "Aninha")
                .add("document", Cpf.format(cpf))
                .add("email", word + "@exemplo.com.br")
                .add("phone", "(11) " + mobile.substring(0, 5) + "-" + mobile.substring(5))
                .add("birthDate", "1990-05-17")
                .add("origin", "Indicação")
                .add("observations", "Prefere contato por WhatsApp à tarde.")
                .add("addresses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "MAIN").add("postalCode", "01310-100").add("street", "Avenida Paulista")
                        .add("number", "1000").add("complement", "conj. 12").add("district", "Bela Vista")
                        .add("city", "São Paulo").add("state", "SP")));

        Api.Reply created = admin.post("/api/v1/clients", body.build().toString());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = id(created.json());
        String location = created.header("Location");
        assertThat(location).endsWith("/api/v1/clients/" + id);
        Api.Reply read = admin.get(location.substring(location.indexOf("/api/")));
        assertThat(read.status()).isEqualTo(200);
        JsonObject client = read.json();
        assertThat(client.getString("kind")).isEqualTo("PERSON");
        assertThat(client.getString("name")).isEqualTo("Ana Ribeiro " + word);
        assertThat(client.getString("tradeName")).isEqualTo("Aninha");
        assertThat(client.getString("document")).isEqualTo(cpf);
        assertThat(client.getString("email")).isEqualTo(word + "@exemplo.com.br");
        assertThat(client.getString("phone")).isEqualTo("+5511" + mobile);
        assertThat(client.getString("birthDate")).isEqualTo("1990-05-17");
        assertThat(client.getString("origin")).isEqualTo("Indicação");
        assertThat(client.getString("observations")).isEqualTo("Prefere contato por WhatsApp à tarde.");
        assertThat(client.getString("status")).isEqualTo("ACTIVE");
        assertThat(client.getString("stage")).isEqualTo("CONTACT");
        assertThat(client.getString("createdAt")).isNotBlank();
        assertThat(client.getString("updatedAt")).isNotBlank();
        assertThat(client.getJsonArray("addresses")).hasSize(1);
        JsonObject address = client.getJsonArray("addresses").getJsonObject(0);
        assertThat(address.getString("type")).isEqualTo("MAIN");
        assertThat(address.getString("postalCode")).isEqualTo("01310100");
        assertThat(address.getString("street")).isEqualTo("Avenida Paulista");
        assertThat(address.getString("number")).isEqualTo("1000");
        assertThat(address.getString("complement")).isEqualTo("conj. 12");
        assertThat(address.getString("district")).isEqualTo("Bela Vista");
        assertThat(address.getString("city")).isEqualTo("São Paulo");
        assertThat(address.getString("state")).isEqualTo("SP");
        assertThat(address.getBoolean("active")).isTrue();
        assertThat(created.json().getString("document")).isEqualTo(cpf);
    }

    @Test
    void organisationWithAMaskedLowerCaseAlphanumericCnpjIsStoredUpperCaseWithoutMask() {
        Api.Reply created = admin.post("/api/v1/clients", Json.createObjectBuilder()
                .add("kind", "ORGANIZATION").add("name", "Comércio " + TestData.uniqueWord() + " Ltda")
                .add("tradeName", "Empório").add("document", "12.abc.345/01de-35").build().toString());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject client = admin.get("/api/v1/clients/" + id(created.json())).json();
        assertThat(client.getString("kind")).isEqualTo("ORGANIZATION");
        assertThat(client.getString("document")).isEqualTo("12ABC34501DE35");
        assertThat(client.getString("tradeName")).isEqualTo("Empório");
    }

    @Test
    void inactiveClientIsInStageInactive() {
        Api.Reply created = admin.post("/api/v1/clients",
                person("Inativo " + TestData.uniqueWord()).add("status", "INACTIVE").build().toString());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject client = admin.get("/api/v1/clients/" + id(created.json())).json();
        assertThat(client.getString("status")).isEqualTo("INACTIVE");
        assertThat(client.getString("stage")).isEqualTo("INACTIVE");
    }

    @Test
    void putReplacesTheWholeClientAndLeftOutFieldsAreCleared() {
        String word = TestData.uniqueWord();
        String mobile = TestData.newMobileNumber();
        String cpf = TestData.newCpf();
        long id = id(created(person("Bruno " + word).add("tradeName", "Bruninho")
                .add("email", word + "@exemplo.com.br").add("document", cpf)
                .add("addresses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "MAIN").add("postalCode", "01310100")))));

        Api.Reply changed = admin.put("/api/v1/clients/" + id, person("Bruno Alves " + word)
                .add("phone", "11 " + mobile).add("status", "INACTIVE")
                .add("addresses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "DELIVERY").add("postalCode", "20040-002").add("active", false)))
                .build().toString());

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonObject client = admin.get("/api/v1/clients/" + id).json();
        // updatedAt left out: the answer to PUT carries nanoseconds that PostgreSQL stores as microseconds
        assertThat(withoutUpdatedAt(client)).isEqualTo(withoutUpdatedAt(changed.json()));
        assertThat(client.getString("name")).isEqualTo("Bruno Alves " + word);
        assertThat(text(client, "tradeName")).isNull();
        assertThat(text(client, "email")).isNull();
        assertThat(text(client, "document")).isNull();
        assertThat(client.getString("phone")).isEqualTo("+5511" + mobile);
        assertThat(client.getString("status")).isEqualTo("INACTIVE");
        assertThat(client.getString("stage")).isEqualTo("INACTIVE");
        assertThat(client.getJsonArray("addresses")).hasSize(1);
        JsonObject address = client.getJsonArray("addresses").getJsonObject(0);
        assertThat(address.getString("type")).isEqualTo("DELIVERY");
        assertThat(address.getString("postalCode")).isEqualTo("20040002");
        assertThat(address.getBoolean("active")).isFalse();
        assertThat(ids(search("bruno alves " + word))).containsExactly(id);
        assertThat(ids(search(word + "@exemplo"))).isEmpty();
        assertThat(ids(search(cpf))).isEmpty();
    }

    @Test
    void historyRecordsCreationEachChangedFieldTrashAndRestoreNewestFirstWithTheirActors() {
        String word = TestData.uniqueWord();
        long id = id(created(person("Carla " + word).add("email", word + "@exemplo.com.br")));
        Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

        Api.Reply changed = staff.put("/api/v1/clients/" + id,
                person("Carla Dias " + word).add("email", word + "@novo.com.br").build().toString());
        Api.Reply trashed = staff.delete("/api/v1/clients/" + id);
        Api.Reply restored = admin.post("/api/v1/clients/" + id + "/restore", "");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(trashed.status()).as(trashed.toString()).isEqualTo(204);
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        JsonObject history = admin.get("/api/v1/clients/" + id + "/history").json();
        List<JsonObject> items = history.getJsonArray("items").getValuesAs(JsonValue::asJsonObject);
        assertThat(history.getJsonNumber("total").longValue()).isEqualTo(5);
        assertThat(items).extracting(e -> e.getString("action"))
                .containsExactly("RESTORE", "TRASH", "UPDATE", "UPDATE", "CREATE");
        assertThat(items).extracting(e -> e.getString("actor"))
                .containsExactly(PETHOTEL_ADMIN, PETHOTEL_STAFF, PETHOTEL_STAFF, PETHOTEL_STAFF, PETHOTEL_ADMIN);
        assertThat(items.subList(2, 4)).extracting(e -> e.getString("field") + ": " + text(e, "oldValue") + " -> "
                + text(e, "newValue")).containsExactlyInAnyOrder(
                        "name: Carla " + word + " -> Carla Dias " + word,
                        "email: " + word + "@exemplo.com.br -> " + word + "@novo.com.br");
        assertThat(items).allSatisfy(e -> assertThat(e.getString("at")).isNotBlank());
    }

    @Test
    void putThatChangesNothingWritesNoHistory() {
        JsonObjectBuilder body = person("Davi " + TestData.uniqueWord()).add("document", TestData.newCpf());
        String json = body.build().toString();
        long id = id(admin.post("/api/v1/clients", json).json());

        Api.Reply same = admin.put("/api/v1/clients/" + id, json);

        assertThat(same.status()).as(same.toString()).isEqualTo(200);
        JsonObject history = admin.get("/api/v1/clients/" + id + "/history").json();
        assertThat(history.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(history.getJsonArray("items").getJsonObject(0).getString("action")).isEqualTo("CREATE");
    }

    @Test
    void trashedClientIsGoneFromReadAndListUntilRestored() {
        String word = TestData.uniqueWord();
        long id = id(created(person("Elisa " + word)));

        Api.Reply trashed = admin.delete("/api/v1/clients/" + id);

        assertThat(trashed.status()).as(trashed.toString()).isEqualTo(204);
        assertThat(admin.get("/api/v1/clients/" + id).status()).isEqualTo(404);
        assertThat(ids(search(word))).doesNotContain(id);
        assertThat(ids(admin.get("/api/v1/clients/trash?size=100").json())).contains(id);

        Api.Reply restored = admin.post("/api/v1/clients/" + id + "/restore", "");

        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(id(restored.json())).isEqualTo(id);
        assertThat(admin.get("/api/v1/clients/" + id).json().getString("name")).isEqualTo("Elisa " + word);
        assertThat(ids(search(word))).containsExactly(id);
        assertThat(ids(admin.get("/api/v1/clients/trash?size=100").json())).doesNotContain(id);
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        String word = TestData.uniqueWord();
        long id = id(created(person("João Conceição " + word)));

        assertThat(ids(search("joao conceicao " + word.toUpperCase()))).containsExactly(id);
        assertThat(ids(search("CONCEIÇÃO " + word))).containsExactly(id);
        assertThat(ids(search(word.toUpperCase()))).containsExactly(id);
    }

    @Test
    void searchFindsAnAccentedNameFromAPlainFragment() {
        String word = TestData.uniqueWord();
        long id = id(created(person("Sebastião " + word + "ção")));

        assertThat(ids(search(word + "cao"))).containsExactly(id);
        assertThat(ids(search("sebastiao " + word))).containsExactly(id);
    }

    @Test
    void searchFindsTheTradeNameAndAnEmailFragment() {
        String word = TestData.uniqueWord();
        String otherWord = TestData.uniqueWord();
        long id = id(created(person("Fábio " + word).add("tradeName", "Oficina " + otherWord)
                .add("email", "contato." + otherWord + "@exemplo.com.br")));

        assertThat(ids(search("oficina " + otherWord))).containsExactly(id);
        assertThat(ids(search(otherWord + "@exem"))).containsExactly(id);
    }

    @Test
    void searchFindsACpfByAMaskFreeFragmentAndByTheMaskedNumber() {
        String cpf = TestData.newCpf();
        long id = id(created(person("Gabriela " + TestData.uniqueWord()).add("document", Cpf.format(cpf))));

        assertThat(ids(search(cpf.substring(0, 6)))).contains(id);
        assertThat(ids(search(cpf))).containsExactly(id);
        assertThat(ids(search(Cpf.format(cpf)))).containsExactly(id);
        assertThat(ids(search(Cpf.format(cpf).substring(0, 7)))).contains(id);
    }

    @Test
    void searchFindsACnpjWithOrWithoutMask() {
        String cnpj = TestData.newAlphanumericCnpj();
        long id = id(created(Json.createObjectBuilder().add("kind", "ORGANIZATION")
                .add("name", "Indústria " + TestData.uniqueWord()).add("document", cnpj)));

        assertThat(ids(search(cnpj))).containsExactly(id);
        assertThat(ids(search(Cnpj.format(cnpj)))).containsExactly(id);
        assertThat(ids(search(Cnpj.format(cnpj).toLowerCase()))).containsExactly(id);
    }

    @Test
    void searchFindsAPhoneByItsMaskedSuffixOrInAnyFormat() {
        String mobile = TestData.newMobileNumber();
        String masked = mobile.substring(0, 5) + "-" + mobile.substring(5);
        long id = id(created(person("Helena " + TestData.uniqueWord()).add("phone", "(11) " + masked)));

        assertThat(ids(search(masked))).containsExactly(id);
        assertThat(ids(search(mobile))).containsExactly(id);
        assertThat(ids(search("+55 11 " + masked))).containsExactly(id);
        assertThat(ids(search("(11) " + mobile))).containsExactly(id);
    }

    @Test
    void percentAndUnderscoreInTheSearchAreNotWildcards() {
        String word = TestData.uniqueWord();
        created(person("Lúcia " + word));

        assertThat(search(word.substring(0, 3) + "%" + word.substring(5)).getJsonNumber("total").longValue()).isZero();
        assertThat(search(word.substring(0, 3) + "__" + word.substring(5)).getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void listRowsCarryTheSummaryFields() {
        String word = TestData.uniqueWord();
        String cpf = TestData.newCpf();
        String mobile = TestData.newMobileNumber();
        long id = id(created(person("Igor " + word).add("document", cpf).add("email", word + "@exemplo.com.br")
                .add("phone", "11" + mobile)));

        JsonObject page = search(word);

        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
        JsonObject row = page.getJsonArray("items").getJsonObject(0);
        assertThat(id(row)).isEqualTo(id);
        assertThat(row.getString("kind")).isEqualTo("PERSON");
        assertThat(row.getString("name")).isEqualTo("Igor " + word);
        assertThat(row.getString("document")).isEqualTo(cpf);
        assertThat(row.getString("email")).isEqualTo(word + "@exemplo.com.br");
        assertThat(row.getString("phone")).isEqualTo("+5511" + mobile);
        assertThat(row.getString("stage")).isEqualTo("CONTACT");
        assertThat(row.getString("status")).isEqualTo("ACTIVE");
        assertThat(row.getString("updatedAt")).isNotBlank();
    }

    @Test
    void theListIsPagedWithTheTotalAndSortedByName() {
        String word = TestData.uniqueWord();
        long carla = id(created(person(word + " Carla")));
        long ana = id(created(person(word + " Ana")));
        long bruno = id(created(person(word + " Bruno")));

        JsonObject first = admin.get("/api/v1/clients?q=" + word + "&page=0&size=2").json();
        JsonObject second = admin.get("/api/v1/clients?q=" + word + "&page=1&size=2").json();

        assertThat(ids(first)).containsExactly(ana, bruno);
        assertThat(ids(second)).containsExactly(carla);
        assertThat(first.getJsonNumber("total").longValue()).isEqualTo(3);
        assertThat(second.getJsonNumber("total").longValue()).isEqualTo(3);
        assertThat(first.getBoolean("totalExact")).isTrue();
    }

    @Test
    void everyAnswerSaysHowLongTheServerWorkedOnIt() {
        Api.Reply list = admin.get("/api/v1/clients?q=" + TestData.uniqueWord());
        Api.Reply missing = admin.get("/api/v1/clients/999999999");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("Server-Timing")).matches("app;dur=[0-9]+\\.[0-9]{3}");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Server-Timing")).matches("app;dur=[0-9]+\\.[0-9]{3}");
    }

    @Test
    void theListHasTwentyRowsAtMostByDefault() {
        for (int i = 0; i < 3; i++) {
            created(person("Lista " + TestData.uniqueWord()));
        }

        JsonObject page = admin.get("/api/v1/clients").json();

        long total = page.getJsonNumber("total").longValue();
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(page.getJsonArray("items")).hasSize((int) Math.min(total, 20));
    }

    @Test
    void anyStaffMemberMayListCreateReadChangeTrashAndRestore() {
        Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);
        String word = TestData.uniqueWord();

        Api.Reply created = staff.post("/api/v1/clients", person("Joana " + word).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = id(created.json());

        assertThat(staff.get("/api/v1/clients?q=" + word).status()).isEqualTo(200);
        assertThat(staff.get("/api/v1/clients/" + id).status()).isEqualTo(200);
        assertThat(staff.put("/api/v1/clients/" + id, person("Joana Lima " + word).build().toString()).status())
                .isEqualTo(200);
        assertThat(staff.get("/api/v1/clients/" + id + "/history").status()).isEqualTo(200);
        assertThat(staff.delete("/api/v1/clients/" + id).status()).isEqualTo(204);
        assertThat(staff.get("/api/v1/clients/trash").status()).isEqualTo(200);
        assertThat(staff.post("/api/v1/clients/" + id + "/restore", "").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/clients/" + id).json().getString("name")).isEqualTo("Joana Lima " + word);
    }

    @Test
    void withoutSigningInTheClientsAreNotShown() {
        String word = TestData.uniqueWord();
        long id = id(created(person("Karina " + word)));

        Api.Reply list = Api.anonymous().get("/api/v1/clients?q=" + word);
        Api.Reply read = Api.anonymous().get("/api/v1/clients/" + id);

        assertThat(list.status()).isEqualTo(401);
        assertThat(read.status()).isEqualTo(401);
        assertThat(list.body() + read.body()).doesNotContain(word);
    }

    @Test
    void aClientThatDoesNotExistIs404Problem() {
        Api.Reply reply = admin.get("/api/v1/clients/999999999");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().getString("detail")).isNotBlank();
    }

    private static JsonObjectBuilder person(String name) {
        return Json.createObjectBuilder().add("kind", "PERSON").add("name", name);
    }

    private JsonObject created(JsonObjectBuilder body) {
        Api.Reply reply = admin.post("/api/v1/clients", body.build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private JsonObject search(String q) {
        Api.Reply reply = admin.get("/api/v1/clients?size=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static long id(JsonObject client) {
        return client.getJsonNumber("id").longValue();
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonValue::asJsonObject).stream().map(ClientsApiIT::id).toList();
    }

    private static JsonObject withoutUpdatedAt(JsonObject client) {
        return Json.createObjectBuilder(client).remove("updatedAt").build();
    }

    /** A string field, or null when the API leaves it out or sends null. */
    private static String text(JsonObject object, String key) {
        return object.containsKey(key) && !object.isNull(key) ? object.getString(key) : null;
    }
}
