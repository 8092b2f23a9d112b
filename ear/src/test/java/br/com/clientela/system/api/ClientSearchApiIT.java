package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search as people type names, over the API: GET /api/v1/clients?q= word by word in any order, digits in a name
 * are words, a CPF or phone alone in any mask, the first word's exact and prefix matches first, another company's
 * clients never; and the quotes, orders and invoices lists find their client by the same rule.
 */
@ExtendWith(DeployedClientela.class)
class ClientSearchApiIT {

    private final Api admin = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);

    @Test
    void everyWordInAnyOrderEachAFragmentFindsANameWithMiddleNames() {
        String word = TestData.uniqueWord();
        long id = created(person("Adriana " + word + " Assunção Costa"));

        for (String typed : List.of("adriana costa", "costa adriana", "adri cost", "Adriana Assuncao", "COSTA, ADRIANA")) {
            assertThat(ids(search(typed))).as(typed).contains(id);
            assertThat(ids(search(typed + " " + word))).as(typed + " " + word).containsExactly(id);
        }
        assertThat(ids(search("adriana costa silva " + word))).isEmpty();
        JsonObject page = search("cost " + word + " adri");
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(page.getBoolean("totalExact")).isTrue();
    }

    @Test
    void digitsAmongTheWordsOfANameAreWordsNotANumber() {
        String word = TestData.uniqueWord();
        long studio = created(person("Studio 54 " + word));
        long pecas = created(person("Auto Peças 2000 " + word));
        long maria = created(person("Maria 2 " + word));

        assertThat(ids(search("studio 54 " + word))).containsExactly(studio);
        assertThat(ids(search("auto peças 2000 " + word))).containsExactly(pecas);
        assertThat(ids(search("auto pecas 2000"))).contains(pecas);
        assertThat(ids(search("maria 2 " + word))).containsExactly(maria);
        assertThat(ids(search("maria 2"))).contains(maria);
        assertThat(ids(search("studio 5 " + word))).containsExactly(studio);
        assertThat(ids(search("studio 45 " + word))).isEmpty();
        assertThat(ids(search("maria 20 " + word))).isEmpty();
    }

    @Test
    void aCpfAloneIsFoundWithAndWithoutItsMask() {
        String cpf = TestData.newCpf();
        long id = created(person("Gabriela " + TestData.uniqueWord()).add("document", cpf));

        assertThat(ids(search(cpf))).containsExactly(id);
        assertThat(ids(search(Cpf.format(cpf)))).containsExactly(id);
        assertThat(ids(search(Cpf.format(cpf).substring(0, 7)))).contains(id);
    }

    @Test
    void aPhoneAloneIsFoundInEveryUsualMask() {
        String mobile = TestData.newMobileNumber();
        String dashed = mobile.substring(0, 5) + "-" + mobile.substring(5);
        long id = created(person("Helena " + TestData.uniqueWord()).add("phone", "(31) " + dashed));

        for (String typed : List.of("(31) " + dashed, "(31)" + mobile, "31 " + dashed, "31" + mobile,
                "+55 31 " + dashed, "+55 (31) " + mobile.substring(0, 5) + " " + mobile.substring(5), dashed)) {
            assertThat(ids(search(typed))).as(typed).containsExactly(id);
        }
    }

    @Test
    void theFirstWordsExactAndPrefixMatchesComeFirst() {
        String word = TestData.uniqueWord();
        long inside = created(person("Ana" + word + " Alves"));
        long prefix = created(person(word + "bela Souza"));
        long exact = created(person(word + " Souza"));

        assertThat(ids(search(word))).containsExactly(exact, prefix, inside);
        assertThat(ids(admin.get("/api/v1/clients?size=1&page=1&q=" + word).json())).containsExactly(prefix);
        assertThat(ids(search(word + " souza"))).containsExactly(exact, prefix);
    }

    @Test
    void anotherCompanysClientsAreNeverFound() {
        String word = TestData.uniqueWord();
        long mine = created(person("Adriana " + word + " Costa"));
        Api clinica = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);
        Api.Reply theirs = clinica.post("/api/v1/clients", person("Adriana " + word + " Costa").build().toString());
        assertThat(theirs.status()).as(theirs.toString()).isEqualTo(201);

        assertThat(ids(search("costa " + word + " adriana"))).containsExactly(mine);
        assertThat(ids(search("adriana costa"))).doesNotContain(id(theirs.json()));
        assertThat(ids(clinica.get("/api/v1/clients?size=100&q=adri%20" + word).json()))
                .containsExactly(id(theirs.json()));
    }

    @Test
    void quotesOrdersAndInvoicesFindTheirClientWordByWord() {
        String word = TestData.uniqueWord();
        long client = created(person("Adriana " + word + " Assunção Costa"));
        String line = "\"lines\": [{\"description\": \"Consulta\", \"unitPrice\": 100}]";
        String today = LocalDate.now().toString();
        assertThat(admin.post("/api/v1/quotes", "{\"clientId\": " + client + ", \"validUntil\": \""
                + LocalDate.now().plusDays(10) + "\", " + line + "}").status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/orders", "{\"clientId\": " + client + ", " + line + "}").status())
                .isEqualTo(201);
        assertThat(admin.post("/api/v1/invoices", "{\"clientId\": " + client + ", \"issueDate\": \"" + today
                + "\", \"dueDate\": \"" + today + "\", " + line + "}").status()).isEqualTo(201);

        for (String list : List.of("/api/v1/quotes", "/api/v1/orders", "/api/v1/invoices")) {
            for (String typed : List.of("costa adriana " + word, "adri " + word + " assuncao", word + " COST")) {
                JsonObject page = admin.get(list + "?q=" + encode(typed)).json();
                assertThat(page.getInt("total")).as(list + "?q=" + typed).isEqualTo(1);
                assertThat(page.getJsonArray("items").getJsonObject(0).getJsonNumber("clientId").longValue())
                        .isEqualTo(client);
            }
            assertThat(admin.get(list + "?q=" + encode("adriana silva " + word)).json().getInt("total"))
                    .as(list).isZero();
        }
    }

    private static JsonObjectBuilder person(String name) {
        return Json.createObjectBuilder().add("kind", "PERSON").add("name", name);
    }

    private long created(JsonObjectBuilder body) {
        Api.Reply reply = admin.post("/api/v1/clients", body.build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return id(reply.json());
    }

    private JsonObject search(String q) {
        Api.Reply reply = admin.get("/api/v1/clients?size=100&q=" + encode(q));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    private static long id(JsonObject client) {
        return client.getJsonNumber("id").longValue();
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonValue::asJsonObject).stream()
                .map(ClientSearchApiIT::id).toList();
    }
}
