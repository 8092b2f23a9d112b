package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * POST /api/v1/clients/bulk on ticked ids and on a filter, with the history each changed client gets, refusals
 * of unreadable requests, and another company's clients left alone.
 */
@ExtendWith(DeployedClientela.class)
class ClientBulkIT {

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);
    private final Api clinica = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);

    @Test
    void changingTheStatusOfTickedClientsWritesEachOnesHistory() {
        String word = ClientData.uniqueWord();
        long ana = ClientData.person(PETHOTEL_STAFF, "Ana " + word).id();
        long bia = ClientData.person(PETHOTEL_STAFF, "Bia " + word).id();
        long untouched = ClientData.person(PETHOTEL_STAFF, "Caio " + word).id();

        Api.Reply reply = staff.post("/api/v1/clients/bulk",
                "{\"action\":\"CHANGE_STATUS\",\"ids\":[" + ana + "," + bia + "],\"status\":\"INACTIVE\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getInt("matched")).isEqualTo(2);
        assertThat(reply.json().getInt("changed")).isEqualTo(2);
        assertThat(status(ana)).isEqualTo("INACTIVE");
        assertThat(status(bia)).isEqualTo("INACTIVE");
        assertThat(status(untouched)).isEqualTo("ACTIVE");
        JsonObject change = historyOf(ana).get(0);
        assertThat(change.getString("action")).isEqualTo("UPDATE");
        assertThat(change.getString("field")).isEqualTo("status");
        assertThat(change.getString("oldValue")).isEqualTo("ACTIVE");
        assertThat(change.getString("newValue")).isEqualTo("INACTIVE");
        assertThat(change.getString("actor")).isEqualTo(PETHOTEL_STAFF);
        assertThat(historyOf(untouched)).noneMatch(entry -> "status".equals(entry.getString("field", null)));
    }

    @Test
    void anActionOnAFilterReachesEveryMatchingClientAndOnlyThem() {
        String word = ClientData.uniqueWord();
        long ana = ClientData.person(PETHOTEL_STAFF, "Ana " + word).id();
        long bia = ClientData.person(PETHOTEL_STAFF, "Bia " + word).id();
        long inactive = staff.post("/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":\"Inativa " + word
                + "\",\"status\":\"INACTIVE\"}").json().getJsonNumber("id").longValue();
        String groupName = "Lote " + word;
        long group = staff.post("/api/v1/groups", "{\"name\":\"" + groupName + "\"}").json().getJsonNumber("id")
                .longValue();

        Api.Reply added = staff.post("/api/v1/clients/bulk", "{\"action\":\"ADD_TO_GROUP\",\"groupId\":" + group
                + ",\"filter\":{\"q\":\"" + word + "\",\"active\":true}}");

        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.json().getInt("matched")).isEqualTo(2);
        assertThat(ids("q=" + word + "&group=" + group)).containsExactlyInAnyOrder(ana, bia);
        assertThat(historyOf(bia).get(0).getString("newValue")).isEqualTo("+ " + groupName);
        assertThat(historyOf(inactive)).noneMatch(entry -> "groups".equals(entry.getString("field", null)));

        Api.Reply removed = staff.post("/api/v1/clients/bulk", "{\"action\":\"REMOVE_FROM_GROUP\",\"groupId\":" + group
                + ",\"filter\":{\"group\":" + group + "}}");

        assertThat(removed.json().getInt("changed")).isEqualTo(2);
        assertThat(ids("q=" + word + "&group=" + group)).isEmpty();
        assertThat(historyOf(ana).get(0).getString("oldValue")).isEqualTo(groupName);
    }

    @Test
    void settingTheOwnerAndTrashingByFilter() {
        String word = ClientData.uniqueWord();
        long ana = ClientData.person(PETHOTEL_STAFF, "Ana " + word).id();
        long bia = ClientData.person(PETHOTEL_STAFF, "Bia " + word).id();
        TestData.NewStaff owner = TestData.staffUser(TestData.PETHOTEL_ADMIN, "STAFF");

        Api.Reply owned = staff.post("/api/v1/clients/bulk", "{\"action\":\"SET_OWNER\",\"ownerId\":" + owner.id()
                + ",\"filter\":{\"q\":\"" + word + "\"}}");

        assertThat(owned.status()).as(owned.toString()).isEqualTo(200);
        assertThat(owned.json().getInt("changed")).isEqualTo(2);
        assertThat(staff.get("/api/v1/clients/" + ana).json().getJsonNumber("ownerId").longValue()).isEqualTo(owner.id());
        assertThat(ids("q=" + word + "&owner=" + owner.id())).containsExactlyInAnyOrder(ana, bia);
        assertThat(historyOf(bia).get(0).getString("field")).isEqualTo("owner");
        assertThat(historyOf(bia).get(0).getString("newValue")).isEqualTo("Pessoa de Teste");

        Api.Reply trashed = staff.post("/api/v1/clients/bulk", "{\"action\":\"TRASH\",\"filter\":{\"q\":\"" + word
                + "\"}}");

        assertThat(trashed.json().getInt("changed")).isEqualTo(2);
        assertThat(ids("q=" + word)).isEmpty();
        assertThat(staff.get("/api/v1/clients/" + ana).status()).isEqualTo(404);
        assertThat(historyOf(ana).get(0).getString("action")).isEqualTo("TRASH");
        assertThat(staff.post("/api/v1/clients/" + bia + "/restore", "").status()).isEqualTo(200);
    }

    @Test
    void unreadableRequestsAre422NamingTheFieldAndChangeNothing() {
        long ana = ClientData.person(PETHOTEL_STAFF, "Ana " + ClientData.uniqueWord()).id();

        assertRefused("{\"action\":\"DANCE\",\"ids\":[" + ana + "]}", "action");
        assertRefused("{\"ids\":[" + ana + "]}", "action");
        assertRefused("{\"action\":\"TRASH\"}", "ids");
        assertRefused("{\"action\":\"TRASH\",\"ids\":[" + ana + "],\"filter\":{}}", "ids");
        assertRefused("{\"action\":\"CHANGE_STATUS\",\"ids\":[" + ana + "]}", "status");
        assertRefused("{\"action\":\"CHANGE_STATUS\",\"ids\":[" + ana + "],\"status\":\"TALVEZ\"}", "status");
        assertRefused("{\"action\":\"ADD_TO_GROUP\",\"ids\":[" + ana + "]}", "groupId");
        assertRefused("{\"action\":\"SET_OWNER\",\"ids\":[" + ana + "],\"ownerId\":999999999}", "ownerId");
        assertRefused("{\"action\":\"TRASH\",\"filter\":{\"birthMonth\":13,\"createdFrom\":\"ontem\"}}",
                "filter.birthMonth", "filter.createdFrom");
        assertRefused("{\"action\":\"TRASH\",\"ids\":[\"um\"]}", "ids");

        assertThat(staff.get("/api/v1/clients/" + ana).json().getString("status")).isEqualTo("ACTIVE");
    }

    @Test
    void anotherCompanysClientsAreNeitherChangedNorExported() {
        String word = ClientData.uniqueWord();
        long theirs = ClientData.person(CLINICA_ADMIN, "Clinica " + word).id();
        long ours = ClientData.person(PETHOTEL_STAFF, "Hotel " + word).id();

        Api.Reply byIds = staff.post("/api/v1/clients/bulk",
                "{\"action\":\"CHANGE_STATUS\",\"status\":\"INACTIVE\",\"ids\":[" + ours + "," + theirs + "]}");
        String oursAfterRefusal = status(ours);
        Api.Reply byFilter = staff.post("/api/v1/clients/bulk",
                "{\"action\":\"TRASH\",\"filter\":{\"q\":\"" + word + "\"}}");
        Api.Reply export = staff.get("/api/v1/clients/export.csv?ids=" + theirs);

        assertThat(byIds.status()).isEqualTo(404);
        assertThat(oursAfterRefusal).as("nothing changes when one id is not found").isEqualTo("ACTIVE");
        assertThat(byFilter.json().getInt("matched")).isEqualTo(1);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).doesNotContain("Clinica " + word);
        JsonObject their = clinica.get("/api/v1/clients/" + theirs).json();
        assertThat(their.getString("status")).isEqualTo("ACTIVE");
        assertThat(clinica.get("/api/v1/clients/" + theirs + "/history").json().getJsonArray("items")).hasSize(1);
    }

    @Test
    void theCsvExportIsUtf8WithBomSemicolonsAndPtBrHeaders() {
        String word = ClientData.uniqueWord();
        ClientData.NewClient joana = ClientData.person(PETHOTEL_STAFF, "Joana Müller-Ávila " + word);
        staff.post("/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":\"=Zé; \\\"Aspas\\\" " + word
                + "\",\"origin\":\"Feira; evento\",\"status\":\"INACTIVE\"}");

        Api.Reply csv = staff.get("/api/v1/clients/export.csv?q=" + word);

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains("clientes.csv");
        assertThat(csv.body()).startsWith("\uFEFFNome;Tipo;CPF/CNPJ;Nome fantasia;E-mail;Telefone;Data de nascimento;"
                + "Origem;Situação;Estágio;Grupos;Cadastrado em;Atualizado em\r\n");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(line(lines, "Joana")).startsWith("Joana Müller-Ávila " + word + ";Pessoa física;"
                + ClientData.masked(joana.cpf()) + ";;").contains(";(11) 98765-4321;15/03/1990;;Ativo;Contato;;");
        assertThat(line(lines, "\"'=Zé")).startsWith("\"'=Zé; \"\"Aspas\"\" " + word + "\";Pessoa física;")
                .contains(";\"Feira; evento\";Inativo;Inativo;");
        Api.Reply ticked = staff.get("/api/v1/clients/export.csv?ids=" + joana.id());
        assertThat(ticked.body().lines().toList()).hasSize(2);
        assertThat(staff.get("/api/v1/clients/export.csv?birthMonth=0").status()).isEqualTo(422);
    }

    @Test
    void aFilterReachingMoreClientsThanOneChunkOrOneExportPageReachesEachOfThemOnce() throws SQLException {
        String word = TestData.uniqueWord();
        int many = 520;
        try (Connection db = DeployedClientela.openDatabase(); Statement sql = db.createStatement()) {
            sql.executeUpdate("insert into client (id, company_id, kind, name, status, created_at, updated_at, version,"
                    + " search_text) select nextval('client_seq'), c.id, 'PERSON', 'Lote " + word + " ' || lpad(g::text, 4,"
                    + " '0'), 'ACTIVE', now(), now(), 1, 'lote " + word + " ' || lpad(g::text, 4, '0')"
                    + " from company c, generate_series(1, " + many + ") g where c.slug = 'pethotel'");
        }

        Api.Reply reply = staff.post("/api/v1/clients/bulk", "{\"action\":\"CHANGE_STATUS\",\"status\":\"INACTIVE\","
                + "\"filter\":{\"q\":\"" + word + "\"}}");
        List<String> csv = staff.get("/api/v1/clients/export.csv?q=" + word).body().lines().toList();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getInt("matched")).isEqualTo(many);
        assertThat(reply.json().getInt("changed")).isEqualTo(many);
        // Asked from the sixth page so the bounded count reaches past all of them and the total is exact.
        JsonObject inactive = staff.get("/api/v1/clients?q=" + word + "&active=false&page=5&size=100").json();
        assertThat(inactive.getInt("total")).isEqualTo(many);
        assertThat(inactive.getBoolean("totalExact")).isTrue();
        try (Connection db = DeployedClientela.openDatabase(); Statement sql = db.createStatement();
                ResultSet count = sql.executeQuery("select count(*) from audit_entry a join client c on c.id = a.entity_id"
                        + " where a.entity_type = 'Client' and a.field = 'status' and c.name like 'Lote " + word + " %'")) {
            count.next();
            assertThat(count.getInt(1)).isEqualTo(many);
        }
        assertThat(csv).hasSize(many + 1).doesNotHaveDuplicates();
        assertThat(csv.get(1)).startsWith("Lote " + word + " 0001;");
        assertThat(csv.get(many)).startsWith("Lote " + word + " 0520;");
    }

    private static String line(List<String> lines, String start) {
        return lines.stream().filter(line -> line.startsWith(start)).findFirst().orElseThrow();
    }

    private void assertRefused(String body, String... fields) {
        Api.Reply reply = staff.post("/api/v1/clients/bulk", body);
        assertThat(reply.status()).as(body + " → " + reply).isEqualTo(422);
        assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList()).as(body).containsExactlyInAnyOrder(fields);
    }

    private String status(long id) {
        return staff.get("/api/v1/clients/" + id).json().getString("status");
    }

    private List<JsonObject> historyOf(long id) {
        return staff.get("/api/v1/clients/" + id + "/history").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private List<Long> ids(String query) {
        return staff.get("/api/v1/clients?" + query).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getJsonNumber("id").longValue()).toList();
    }
}
