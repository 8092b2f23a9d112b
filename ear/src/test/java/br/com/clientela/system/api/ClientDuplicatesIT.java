package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.shared.documents.Cpf;
import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Duplicates: the same e-mail or phone as another client warns (and saves), the same CPF/CNPJ is refused with
 * the existing client's id, and GET /clients/duplicates lists likely pairs of the caller's company only.
 */
@ExtendWith(DeployedClientela.class)
class ClientDuplicatesIT {

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void theSameEmailInAnotherCaseWarnsWithTheExistingClientAndSaves() {
        String word = TestData.uniqueWord();
        String email = TestData.uniqueEmail(word);
        long existing = created(staff, person("Primeira " + word).add("email", email));

        Api.Reply second = staff.post("/api/v1/clients",
                person("Segunda " + word).add("email", email.toUpperCase(Locale.ROOT)).build().toString());

        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        List<JsonObject> warnings = second.json().getJsonArray("possibleDuplicates").getValuesAs(JsonObject.class);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.getJsonNumber("id").longValue()).isEqualTo(existing);
            assertThat(w.getString("name")).isEqualTo("Primeira " + word);
            assertThat(w.getString("matchedOn")).isEqualTo("email");
        });
    }

    @Test
    void theSamePhoneInAnotherFormatWarnsWhenEditingToo() {
        String word = TestData.uniqueWord();
        String mobile = TestData.newMobileNumber();
        long existing = created(staff, person("Primeira " + word).add("phone", "(21) " + mobile));
        long other = created(staff, person("Segunda " + word));

        Api.Reply edited = staff.put("/api/v1/clients/" + other,
                person("Segunda " + word).add("phone", "+55 21 " + mobile).build().toString());

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        List<JsonObject> warnings = edited.json().getJsonArray("possibleDuplicates").getValuesAs(JsonObject.class);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.getJsonNumber("id").longValue()).isEqualTo(existing);
            assertThat(w.getString("matchedOn")).isEqualTo("phone");
        });
        assertThat(staff.get("/api/v1/clients/" + other).json().getString("phone")).isEqualTo("+5521" + mobile);
    }

    @Test
    void aClientWithoutSharedContactsHasNoWarning() {
        Api.Reply alone = staff.post("/api/v1/clients", person("Sozinha " + TestData.uniqueWord())
                .add("email", TestData.uniqueEmail("sozinha")).add("phone", "(31) " + TestData.newMobileNumber())
                .build().toString());

        assertThat(alone.status()).isEqualTo(201);
        assertThat(alone.json().getJsonArray("possibleDuplicates")).isEmpty();
    }

    @Test
    void theSameCpfIsRefusedWithTheExistingClientsIdAndName() {
        String word = TestData.uniqueWord();
        String cpf = TestData.newCpf();
        long existing = created(staff, person("Dona " + word).add("document", cpf));

        Api.Reply again = staff.post("/api/v1/clients",
                person("Outra " + word).add("document", Cpf.format(cpf)).build().toString());

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().getJsonNumber("existingClientId").longValue()).isEqualTo(existing);
        assertThat(again.json().getString("detail")).contains("Dona " + word);
        assertThat(staff.get("/api/v1/clients?q=Outra%20" + word).json().getInt("total")).isZero();
    }

    @Test
    void findDuplicatesListsAPairByEmailAndByNameAndBirthDateOfTheCallersCompanyOnly() {
        String word = TestData.uniqueWord();
        String email = TestData.uniqueEmail(word);
        long first = created(staff, person("Ana " + word).add("email", email));
        long second = created(staff, person("Bia " + word).add("email", email));
        long third = created(staff, person("José Ávila " + word).add("birthDate", "1985-07-01"));
        long fourth = created(staff, person("jose  avila " + word).add("birthDate", "1985-07-01"));

        Api.Reply pairs = staff.get("/api/v1/clients/duplicates?q=" + word);

        assertThat(pairs.status()).as(pairs.toString()).isEqualTo(200);
        assertThat(pairs.json().getInt("total")).isEqualTo(2);
        List<JsonObject> items = pairs.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).anySatisfy(pair -> {
            assertThat(pair.getJsonObject("first").getJsonNumber("id").longValue()).isEqualTo(first);
            assertThat(pair.getJsonObject("second").getJsonNumber("id").longValue()).isEqualTo(second);
            assertThat(pair.getJsonArray("matchedOn").getString(0)).isEqualTo("email");
        });
        assertThat(items).anySatisfy(pair -> {
            assertThat(pair.getJsonObject("first").getJsonNumber("id").longValue()).isEqualTo(third);
            assertThat(pair.getJsonObject("second").getJsonNumber("id").longValue()).isEqualTo(fourth);
            assertThat(pair.getJsonArray("matchedOn").getString(0)).isEqualTo("nameAndBirthDate");
        });
        assertThat(Api.as(CLINICA_ADMIN, DEMO_PASSWORD).get("/api/v1/clients/duplicates?q=" + word).json()
                .getInt("total")).isZero();
    }

    private static JsonObjectBuilder person(String name) {
        return Json.createObjectBuilder().add("kind", "PERSON").add("name", name);
    }

    private static long created(Api api, JsonObjectBuilder body) {
        Api.Reply reply = api.post("/api/v1/clients", body.build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }
}
