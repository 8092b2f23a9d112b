package br.com.clientela.system.api;

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
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad client input gets problem+json naming the field with a pt-BR message, never a 500, and nothing is saved:
 * each test uses a name no other client has and searches for it afterwards.
 */
@ExtendWith(DeployedClientela.class)
class ClientsBadInputIT {

    private static final String CPF_INVALID = "CPF inválido: confira os dígitos verificadores.";
    private static final String CNPJ_INVALID = "CNPJ inválido: confira os dígitos verificadores.";

    private final Api admin = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);

    @Test
    void cpfWithWrongCheckDigitsIs422AndNothingIsSaved() {
        String cpf = TestData.newCpf();
        String wrong = cpf.substring(0, 10) + (char) ('0' + (cpf.charAt(10) - '0' + 1) % 10);
        String word = TestData.uniqueWord();

        Api.Reply reply = admin.post("/api/v1/clients", person(word).add("document", Cpf.format(wrong)).build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(errorsByField(reply)).containsEntry("document", CPF_INVALID);
        assertNotSaved(word);
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        String word = TestData.uniqueWord();

        Api.Reply reply = admin.post("/api/v1/clients", person(word).add("document", "111.111.111-11")
                .add("email", "sem-arroba").add("phone", "123").build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(errorsByField(reply)).containsEntry("document", CPF_INVALID)
                .containsEntry("email", "Informe um e-mail válido, como nome@exemplo.com.br.")
                .containsEntry("phone", "Informe o telefone com DDD, como (11) 98765-4321.");
        assertNotSaved(word);
    }

    @Test
    void cpfOfOneRepeatedDigitIsRefused() {
        String word = TestData.uniqueWord();

        Api.Reply reply = admin.post("/api/v1/clients", person(word).add("document", "111.111.111-11").build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(errorsByField(reply)).containsEntry("document", CPF_INVALID);
        assertNotSaved(word);
    }

    @Test
    void cnpjWithWrongCheckDigitsIsRefusedNumericOrAlphanumeric() {
        String word = TestData.uniqueWord();

        Api.Reply numeric = admin.post("/api/v1/clients", organisation(word).add("document", "11.222.333/0001-82")
                .build().toString());
        Api.Reply alphanumeric = admin.post("/api/v1/clients", organisation(word).add("document", "12.ABC.345/01DE-36")
                .build().toString());

        assertThat(numeric.status()).as(numeric.toString()).isEqualTo(422);
        assertThat(errorsByField(numeric)).containsEntry("document", CNPJ_INVALID);
        assertThat(alphanumeric.status()).as(alphanumeric.toString()).isEqualTo(422);
        assertThat(errorsByField(alphanumeric)).containsEntry("document", CNPJ_INVALID);
        assertNotSaved(word);
    }

    @Test
    void aCnpjForAPersonIs422OnTheDocument() {
        String word = TestData.uniqueWord();

        Api.Reply reply = admin.post("/api/v1/clients", person(word).add("document", TestData.newAlphanumericCnpj())
                .build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertPortuguese(errorsByField(reply).get("document"));
        assertNotSaved(word);
    }

    @Test
    void aCpfForAnOrganisationIs422OnTheDocument() {
        String word = TestData.uniqueWord();

        Api.Reply reply = admin.post("/api/v1/clients", organisation(word).add("document", TestData.newCpf())
                .build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertPortuguese(errorsByField(reply).get("document"));
        assertNotSaved(word);
    }

    @Test
    void theSameCpfTwiceInOneCompanyIs409OnTheDocumentEvenWhenMaskedDifferently() {
        String cpf = TestData.newCpf();
        TestData.personClient(PETHOTEL_ADMIN, "Primeira " + TestData.uniqueWord(), cpf);
        String word = TestData.uniqueWord();

        Api.Reply reply = admin.post("/api/v1/clients", person(word).add("document", Cpf.format(cpf)).build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertPortuguese(errorsByField(reply).get("document"));
        assertNotSaved(word);
        assertThat(admin.get("/api/v1/clients?q=" + cpf).json().getJsonNumber("total").longValue()).isEqualTo(1);
    }

    @Test
    void changingAClientToAnotherClientsCpfIs409AndChangesNothing() {
        String taken = TestData.newCpf();
        TestData.personClient(PETHOTEL_ADMIN, "Dona " + TestData.uniqueWord(), taken);
        String word = TestData.uniqueWord();
        long id = TestData.personClient(PETHOTEL_ADMIN, word, TestData.newCpf()).getJsonNumber("id").longValue();
        String before = admin.get("/api/v1/clients/" + id).body();

        Api.Reply reply = admin.put("/api/v1/clients/" + id, person(word + " Copiado").add("document", taken)
                .build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertPortuguese(errorsByField(reply).get("document"));
        assertThat(admin.get("/api/v1/clients/" + id).body()).isEqualTo(before);
    }

    @Test
    void missingOrBlankNameIs422OnTheName() {
        Api.Reply missing = admin.post("/api/v1/clients", "{\"kind\":\"PERSON\"}");
        Api.Reply blank = admin.post("/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":\"   \"}");

        assertThat(missing.status()).as(missing.toString()).isEqualTo(422);
        assertPortuguese(errorsByField(missing).get("name"));
        assertThat(blank.status()).as(blank.toString()).isEqualTo(422);
        assertPortuguese(errorsByField(blank).get("name"));
    }

    @Test
    void missingKindIs422OnTheKind() {
        String word = TestData.uniqueWord();

        Api.Reply reply = admin.post("/api/v1/clients", Json.createObjectBuilder().add("name", word).build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertPortuguese(errorsByField(reply).get("kind"));
        assertNotSaved(word);
    }

    @Test
    void nameLongerThan150CharactersIsRefusedAndOneOf150IsAccepted() {
        String word = TestData.uniqueWord();
        String longest = word + "a".repeat(150 - word.length());

        Api.Reply overlong = admin.post("/api/v1/clients", person(longest + "a").build().toString());
        Api.Reply longestAllowed = admin.post("/api/v1/clients", person(longest).build().toString());

        assertThat(overlong.status()).as(overlong.toString()).isEqualTo(422);
        assertPortuguese(errorsByField(overlong).get("name"));
        assertThat(longestAllowed.status()).as(longestAllowed.toString()).isEqualTo(201);
        assertThat(admin.get("/api/v1/clients?q=" + word).json().getJsonNumber("total").longValue()).isEqualTo(1);
    }

    @Test
    void invalidEmailIs422OnTheEmail() {
        String word = TestData.uniqueWord();

        Api.Reply reply = admin.post("/api/v1/clients", person(word).add("email", "nao-e-email").build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertPortuguese(errorsByField(reply).get("email"));
        assertNotSaved(word);
    }

    @Test
    void phoneWithoutDddIsRefusedOnThePhone() {
        String word = TestData.uniqueWord();

        Api.Reply reply = admin.post("/api/v1/clients", person(word).add("phone", "123").build().toString());

        assertThat(reply.status()).as(reply.toString()).isBetween(400, 422);
        assertPortuguese(errorsByField(reply).get("phone"));
        assertNotSaved(word);
    }

    @Test
    void birthDateInTheFutureIs422OnTheBirthDate() {
        String word = TestData.uniqueWord();

        Api.Reply reply = admin.post("/api/v1/clients", person(word)
                .add("birthDate", LocalDate.now().plusYears(1).toString()).build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertPortuguese(errorsByField(reply).get("birthDate"));
        assertNotSaved(word);
    }

    @Test
    void birthDateNotInIsoFormatIsRefusedOnTheBirthDate() {
        String word = TestData.uniqueWord();

        Api.Reply reply = admin.post("/api/v1/clients", person(word).add("birthDate", "17/05/1990").build().toString());

        assertThat(reply.status()).as(reply.toString()).isBetween(400, 422);
        assertPortuguese(errorsByField(reply).get("birthDate"));
        assertNotSaved(word);
    }

    @Test
    void invalidPostalCodeIsRefusedOnTheAddressPostalCode() {
        String word = TestData.uniqueWord();

        Api.Reply reply = admin.post("/api/v1/clients", person(word).add("addresses", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "MAIN").add("postalCode", "0131-100"))).build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertPortuguese(messageForFieldEndingWith(reply, "postalCode"));
        assertNotSaved(word);
    }

    @Test
    void invalidStateIsRefusedOnTheAddressState() {
        String word = TestData.uniqueWord();

        Api.Reply reply = admin.post("/api/v1/clients", person(word).add("addresses", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "MAIN").add("postalCode", "01310100")
                        .add("state", "São Paulo"))).build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertPortuguese(messageForFieldEndingWith(reply, "state"));
        assertNotSaved(word);
    }

    @Test
    void unknownKindIs422NamingTheFieldAndTheAcceptedValues() {
        String word = TestData.uniqueWord();

        Api.Reply reply = admin.post("/api/v1/clients", Json.createObjectBuilder().add("kind", "EMPRESA")
                .add("name", word).build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(errorsByField(reply)).containsEntry("kind",
                "Valor desconhecido: EMPRESA. Valores aceitos: PERSON, ORGANIZATION.");
        assertNotSaved(word);
    }

    @Test
    void unknownStatusIs422NamingTheField() {
        String word = TestData.uniqueWord();

        Api.Reply reply = admin.post("/api/v1/clients", person(word).add("status", "BLOQUEADO").build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(errorsByField(reply)).containsEntry("status",
                "Valor desconhecido: BLOQUEADO. Valores aceitos: ACTIVE, INACTIVE.");
        assertNotSaved(word);
    }

    @Test
    void unknownAddressTypeIs422NamingTheAddressField() {
        String word = TestData.uniqueWord();

        Api.Reply reply = admin.post("/api/v1/clients", person(word).add("addresses", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "CASA").add("postalCode", "01310100"))).build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(errorsByField(reply)).containsEntry("addresses[0].type",
                "Valor desconhecido: CASA. Valores aceitos: MAIN, DELIVERY, BILLING.");
        assertNotSaved(word);
    }

    @Test
    void unknownFieldIs400NamingTheField() {
        String word = TestData.uniqueWord();

        Api.Reply reply = admin.post("/api/v1/clients", person(word).add("apelido", "Zezinho").build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.body()).contains("apelido");
        assertNotSaved(word);
    }

    @Test
    void changeToAnInvalidCpfIs422AndLeavesTheClientAndItsHistoryUnchanged() {
        String word = TestData.uniqueWord();
        long id = TestData.personClient(PETHOTEL_ADMIN, word, TestData.newCpf()).getJsonNumber("id").longValue();
        String before = admin.get("/api/v1/clients/" + id).body();

        Api.Reply reply = admin.put("/api/v1/clients/" + id, person(word + " Alterado").add("document", "529.982.247-26")
                .build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(errorsByField(reply)).containsEntry("document", CPF_INVALID);
        assertThat(admin.get("/api/v1/clients/" + id).body()).isEqualTo(before);
        assertThat(admin.get("/api/v1/clients/" + id + "/history").json().getJsonNumber("total").longValue())
                .isEqualTo(1);
    }

    @Test
    void changingOrTrashingAClientThatDoesNotExistIs404() {
        Api.Reply change = admin.put("/api/v1/clients/999999999", person(TestData.uniqueWord()).build().toString());
        Api.Reply trash = admin.delete("/api/v1/clients/999999999");
        Api.Reply restore = admin.post("/api/v1/clients/999999999/restore", "");
        Api.Reply history = admin.get("/api/v1/clients/999999999/history");

        assertThat(change.status()).isEqualTo(404);
        assertThat(trash.status()).isEqualTo(404);
        assertThat(restore.status()).isEqualTo(404);
        assertThat(history.status()).isEqualTo(404);
        assertPortuguese(change.json().getString("detail"));
    }

    @Test
    void pageSizeOutside1To100Is422() {
        Api.Reply tooBig = admin.get("/api/v1/clients?size=101");
        Api.Reply zero = admin.get("/api/v1/clients?size=0");

        assertThat(tooBig.status()).as(tooBig.toString()).isEqualTo(422);
        assertThat(tooBig.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("O tamanho da página vai de 1 a 100.");
        assertThat(zero.status()).as(zero.toString()).isEqualTo(422);
    }

    private static JsonObjectBuilder person(String name) {
        return Json.createObjectBuilder().add("kind", "PERSON").add("name", name);
    }

    private static JsonObjectBuilder organisation(String name) {
        return Json.createObjectBuilder().add("kind", "ORGANIZATION").add("name", name);
    }

    /** Searching by the unique name finds nothing. */
    private void assertNotSaved(String word) {
        Api.Reply reply = admin.get("/api/v1/clients?q=" + word);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getJsonNumber("total").longValue()).isZero();
    }

    private static AbstractStringAssert<?> assertPortuguese(String message) {
        return assertThat(message).as("a pt-BR message").isNotBlank()
                .doesNotStartWithIgnoringCase("must").doesNotContain("must be").doesNotContain("may not")
                .doesNotContain("size must").doesNotContain("Exception");
    }

    private static String messageForFieldEndingWith(Api.Reply reply, String field) {
        return errorsByField(reply).entrySet().stream().filter(e -> e.getKey().endsWith(field))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static Map<String, String> errorsByField(Api.Reply reply) {
        JsonObject problem = reply.json();
        assertThat(problem.containsKey("errors")).as("errors in " + reply).isTrue();
        return problem.getJsonArray("errors").getValuesAs(JsonValue::asJsonObject).stream()
                .filter(e -> e.containsKey("field"))
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message"), (a, b) -> a + " | " + b));
    }
}
