package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_MANAGER;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two people edit the same record over the API: each GET answers the record's version as its ETag; a PUT or PATCH
 * sent with If-Match of a version someone else has saved over is refused with 412 (problem+json, pt-BR, naming who
 * saved and when) and the record keeps the first save. Without If-Match a save works as always.
 */
@ExtendWith(DeployedClientela.class)
class ConcurrentEditsIT {

    private static final String IF_MATCH = "If-Match";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);
    private final Api otherStaff = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD);

    @Test
    void theSecondPutOfAClientWithTheFirstEtagIs412AndTheFirstSaveStays() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Concorrente " + ClientData.uniqueWord());
        String path = "/api/v1/clients/" + client.id();

        JsonObject after = secondSaveIsRefused(path, staff, otherStaff,
                put(clientBody("Primeira " + client.name(), client.cpf())),
                put(clientBody("Segunda " + client.name(), client.cpf())), staffName(PETHOTEL_STAFF));

        assertThat(after.getString("name")).isEqualTo("Primeira " + client.name());
    }

    @Test
    void theSecondPatchOfAClientWithTheFirstEtagIs412AndTheFirstSaveStays() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Concorrente " + ClientData.uniqueWord());
        String path = "/api/v1/clients/" + client.id();

        JsonObject after = secondSaveIsRefused(path, staff, otherStaff, patch("{\"origin\":\"Instagram\"}"),
                patch("{\"origin\":\"Indicação\",\"observations\":\"da segunda pessoa\"}"), staffName(PETHOTEL_STAFF));

        assertThat(after.getString("origin")).isEqualTo("Instagram");
        assertThat(after.containsKey("observations") && !after.isNull("observations")).isFalse();
    }

    @Test
    void aPatchAfterAPutWithTheOldEtagIsRefusedAndAPatchWithTheNewEtagIsSaved() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Concorrente " + ClientData.uniqueWord());
        String path = "/api/v1/clients/" + client.id();
        String read = staff.get(path).header("ETag");
        Api.Reply put = otherStaff.put(path, clientBody("Trocado " + client.name(), client.cpf()), IF_MATCH, read);

        Api.Reply stale = staff.patch(path, MERGE_PATCH, "{\"origin\":\"Google\"}", IF_MATCH, read);
        Api.Reply fresh = staff.patch(path, MERGE_PATCH, "{\"origin\":\"Google\"}", IF_MATCH, put.header("ETag"));

        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(fresh.status()).as(fresh.toString()).isEqualTo(200);
        JsonObject now = staff.get(path).json();
        assertThat(now.getString("name")).isEqualTo("Trocado " + client.name());
        assertThat(now.getString("origin")).isEqualTo("Google");
    }

    @Test
    void savesWithoutIfMatchWorkAsBeforeAndAnUnknownTagIsRefused() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Concorrente " + ClientData.uniqueWord());
        String path = "/api/v1/clients/" + client.id();
        String first = staff.get(path).header("ETag");

        Api.Reply plainPut = staff.put(path, clientBody("Sem versão " + client.name(), client.cpf()));
        Api.Reply plainPatch = staff.patch(path, MERGE_PATCH, "{\"origin\":\"Jornal\"}");
        Api.Reply any = staff.patch(path, MERGE_PATCH, "{\"origin\":\"Rádio\"}", IF_MATCH, "*");
        Api.Reply unknown = staff.patch(path, MERGE_PATCH, "{\"origin\":\"TV\"}", IF_MATCH, "\"abc\"");

        assertThat(plainPut.status()).as(plainPut.toString()).isEqualTo(200);
        assertThat(plainPatch.status()).as(plainPatch.toString()).isEqualTo(200);
        assertThat(any.status()).as(any.toString()).isEqualTo(200);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(412);
        assertThat(plainPut.header("ETag")).isNotEqualTo(first);
        assertThat(staff.get(path).json().getString("origin")).isEqualTo("Rádio");
    }

    @Test
    void theSecondPutOfAQuoteWithTheFirstEtagIs412() {
        long client = ClientData.person(PETHOTEL_STAFF, "Orçamento " + ClientData.uniqueWord()).id();
        Api.Reply created = staff.post("/api/v1/quotes", quoteBody(client, "Criado"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("ETag")).isNotBlank();
        String path = "/api/v1/quotes/" + created.json().getJsonNumber("id");

        JsonObject after = secondSaveIsRefused(path, staff, otherStaff, put(quoteBody(client, "Primeira")),
                put(quoteBody(client, "Segunda")), staffName(PETHOTEL_STAFF));

        assertThat(after.getString("notes")).isEqualTo("Primeira");
    }

    @Test
    void theSecondPutOfAnOrderWithTheFirstEtagIs412() {
        long client = ClientData.person(PETHOTEL_STAFF, "Pedido " + ClientData.uniqueWord()).id();
        Api.Reply created = staff.post("/api/v1/orders", "{\"clientId\":" + client
                + ",\"lines\":[{\"description\":\"Banho\",\"unitPrice\":50}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String path = "/api/v1/orders/" + created.json().getJsonNumber("id");

        JsonObject after = secondSaveIsRefused(path, staff, otherStaff, put(orderBody("Primeira")),
                put(orderBody("Segunda")), staffName(PETHOTEL_STAFF));

        assertThat(after.getString("notes")).isEqualTo("Primeira");
    }

    @Test
    void anInvoiceAnswersItsVersionAsEtag() {
        long client = ClientData.person(PETHOTEL_STAFF, "Fatura " + ClientData.uniqueWord()).id();
        Api.Reply created = staff.post("/api/v1/invoices", "{\"clientId\":" + client + ",\"issueDate\":\""
                + LocalDate.now() + "\",\"dueDate\":\"" + LocalDate.now().plusDays(7)
                + "\",\"lines\":[{\"description\":\"Consulta\",\"unitPrice\":120}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        Api.Reply read = staff.get("/api/v1/invoices/" + created.json().getJsonNumber("id"));

        assertThat(read.header("ETag")).isEqualTo("\"" + read.json().getJsonNumber("version") + "\"");
    }

    @Test
    void theSecondPutOfACatalogItemWithTheFirstEtagIs412() {
        Api manager = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD);
        Api admin = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);
        String word = TestData.uniqueWord();
        Api.Reply created = manager.post("/api/v1/catalog", catalogBody(word, "80"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String path = "/api/v1/catalog/" + created.json().getJsonNumber("id");

        JsonObject after = secondSaveIsRefused(path, manager, admin, put(catalogBody(word, "90")),
                put(catalogBody(word, "70")), staffName(PETHOTEL_MANAGER));

        assertThat(after.getJsonNumber("unitPrice").toString()).isEqualTo("90.00");
    }

    @Test
    void theSecondPutOfACenterWithTheFirstEtagIs412() {
        Api admin = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);
        String word = TestData.uniqueWord();
        Api.Reply created = admin.post("/api/v1/centers", "{\"name\":\"Centro " + word + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String path = "/api/v1/centers/" + created.json().getJsonNumber("id");

        JsonObject after = secondSaveIsRefused(path, admin, admin, put("{\"name\":\"Primeira " + word + "\"}"),
                put("{\"name\":\"Segunda " + word + "\"}"), staffName(PETHOTEL_ADMIN));

        assertThat(after.getString("name")).isEqualTo("Primeira " + word);
    }

    @Test
    void theSecondPutOfTheCompanyProfileWithTheFirstEtagIs412AndChangesNothing() {
        Api admin = Api.as("dona@studio-teste.com.br", "PrimeiroAcesso2026");
        JsonObject profile = admin.get("/api/v1/company").json();
        String original = profile.containsKey("email") && !profile.isNull("email") ? profile.getString("email") : null;
        String unchanged = profile.toString();
        String changed = Json.createObjectBuilder(profile).add("email", "segunda@studio.com.br").build().toString();

        JsonObject after = secondSaveIsRefused("/api/v1/company", admin, admin, put(unchanged), put(changed),
                admin.get("/api/v1/me").json().getString("name"));

        assertThat(after.containsKey("email") && !after.isNull("email") ? after.getString("email") : null)
                .isEqualTo(original);
        assertThat(admin.get("/api/v1/company").json().toString()).isEqualTo(after.toString());
    }

    @Test
    void theSecondPutOfTheRewardRulesWithTheFirstEtagIs412AndChangesNothing() {
        Api admin = Api.as("dona@studio-teste.com.br", "PrimeiroAcesso2026");
        JsonObject rules = admin.get("/api/v1/reward-rules").json();
        String changed = Json.createObjectBuilder(rules).add("welcomePoints", rules.getInt("welcomePoints") + 7)
                .build().toString();

        JsonObject after = secondSaveIsRefused("/api/v1/reward-rules", admin, admin, put(rules.toString()),
                put(changed), admin.get("/api/v1/me").json().getString("name"));

        assertThat(after.getInt("welcomePoints")).isEqualTo(rules.getInt("welcomePoints"));
    }

    /** One way to save a record, given the path, who saves, the body's ETag header value. */
    private interface Save {
        Api.Reply send(Api api, String path, String ifMatch);
    }

    private static Save put(String body) {
        return (api, path, etag) -> api.put(path, body, IF_MATCH, etag);
    }

    private static Save patch(String body) {
        return (api, path, etag) -> api.patch(path, MERGE_PATCH, body, IF_MATCH, etag);
    }

    /**
     * Two people read the record; the first saves with the ETag read, then the second with the same ETag: 412 in
     * pt-BR (naming who saved first when given), and the record is the first save, with the ETag the first save
     * answered. Answers the record as read afterwards.
     */
    private static JsonObject secondSaveIsRefused(String path, Api first, Api second, Save firstSave, Save secondSave,
            String firstName) {
        Api.Reply firstRead = first.get(path);
        Api.Reply secondRead = second.get(path);
        String etag = firstRead.header("ETag");
        assertThat(etag).as(firstRead.toString()).matches("\"\\d+\"");
        assertThat(secondRead.header("ETag")).isEqualTo(etag);
        assertThat(firstRead.json().getJsonNumber("version").toString()).isEqualTo(etag.replace("\"", ""));

        Api.Reply saved = firstSave.send(first, path, etag);
        Api.Reply refused = secondSave.send(second, path, etag);

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.header("ETag")).isNotNull().isNotEqualTo(etag);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(412);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        String detail = refused.json().getString("detail");
        assertThat(detail).contains("alterado por").contains("recarregue").containsPattern("às \\d{2}:\\d{2}");
        if (firstName != null) {
            assertThat(detail).contains(firstName);
        }
        Api.Reply after = first.get(path);
        assertThat(after.header("ETag")).isEqualTo(saved.header("ETag"));
        assertThat(after.json().getJsonNumber("version").toString())
                .isEqualTo(saved.json().getJsonNumber("version").toString());
        return after.json();
    }

    private static String staffName(String email) {
        return Api.as(email, DEMO_PASSWORD).get("/api/v1/me").json().getString("name");
    }

    private static String clientBody(String name, String cpf) {
        return "{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"document\":\"" + cpf + "\",\"phone\":\"(11) 98765-4321\","
                + "\"birthDate\":\"1990-03-15\",\"addresses\":[{\"type\":\"MAIN\",\"postalCode\":\"01310-100\","
                + "\"city\":\"São Paulo\",\"state\":\"SP\"}]}";
    }

    private static String quoteBody(long client, String notes) {
        return "{\"clientId\":" + client + ",\"validUntil\":\"" + LocalDate.now().plusDays(10) + "\",\"notes\":\""
                + notes + "\",\"lines\":[{\"description\":\"Hospedagem\",\"quantity\":2,\"unitPrice\":100}]}";
    }

    private static String orderBody(String notes) {
        return "{\"notes\":\"" + notes + "\",\"lines\":[{\"description\":\"Banho\",\"unitPrice\":50}]}";
    }

    private static String catalogBody(String word, String price) {
        return "{\"kind\":\"SERVICE\",\"name\":\"Tosa " + word + "\",\"code\":\"tosa-" + word + "\",\"unitPrice\":"
                + price + "}";
    }
}
