package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rest of the client record over the API: second phone, profile, payment preferences, default fee, center,
 * owner, contacts, emergency contacts and guardian — each stored, read back and audited, and each bad value
 * refused on its own field with nothing saved.
 */
@ExtendWith(DeployedClientela.class)
class ClientRecordIT {

    private final Api admin = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);

    @Test
    void everyNewFieldIsStoredNormalisedAndReadBack() {
        String word = TestData.uniqueWord();
        long center = center(admin, "Unidade " + word);
        TestData.NewStaff owner = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");
        String guardianCpf = TestData.newCpf();
        JsonObjectBuilder body = person("Lia " + word)
                .add("otherPhone", "(11) 3456-7890")
                .add("profile", "Tutora de dois gatos, prefere manhãs")
                .add("preferredPaymentMethod", "PIX")
                .add("paymentTerm", "DAYS_30")
                .add("defaultFee", new BigDecimal("1234.5"))
                .add("centerId", center)
                .add("ownerId", owner.id())
                .add("birthDate", LocalDate.now().minusYears(10).toString())
                .add("contacts", Json.createArrayBuilder()
                        .add(contact("Ana Compras", "Compras", "11 98888-7777", "ana@" + word + ".com.br"))
                        .add(contact("Beto", null, null, null)))
                .add("emergencyContacts", Json.createArrayBuilder()
                        .add(emergency("Maria", "(21) 99999-0000", "Mãe")))
                .add("guardian", Json.createObjectBuilder().add("name", "Maria " + word)
                        .add("document", guardianCpf.substring(0, 3) + "." + guardianCpf.substring(3, 6) + "."
                                + guardianCpf.substring(6, 9) + "-" + guardianCpf.substring(9)));

        Api.Reply created = admin.post("/api/v1/clients", body.build().toString());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject client = admin.get("/api/v1/clients/" + id(created.json())).json();
        assertThat(client.getString("otherPhone")).isEqualTo("+551134567890");
        assertThat(client.getString("profile")).isEqualTo("Tutora de dois gatos, prefere manhãs");
        assertThat(client.getString("preferredPaymentMethod")).isEqualTo("PIX");
        assertThat(client.getString("paymentTerm")).isEqualTo("DAYS_30");
        assertThat(client.getJsonNumber("defaultFee").bigDecimalValue()).isEqualByComparingTo("1234.50");
        assertThat(client.getJsonNumber("centerId").longValue()).isEqualTo(center);
        assertThat(client.getString("centerName")).isEqualTo("Unidade " + word);
        assertThat(client.getJsonNumber("ownerId").longValue()).isEqualTo(owner.id());
        assertThat(client.getString("ownerName")).isEqualTo("Pessoa de Teste");
        List<JsonObject> contacts = client.getJsonArray("contacts").getValuesAs(JsonValue::asJsonObject);
        assertThat(contacts).extracting(c -> c.getString("name")).containsExactly("Ana Compras", "Beto");
        assertThat(contacts.get(0).getString("role")).isEqualTo("Compras");
        assertThat(contacts.get(0).getString("phone")).isEqualTo("+5511988887777");
        assertThat(contacts.get(0).getString("email")).isEqualTo("ana@" + word + ".com.br");
        JsonObject emergency = client.getJsonArray("emergencyContacts").getJsonObject(0);
        assertThat(emergency.getString("name")).isEqualTo("Maria");
        assertThat(emergency.getString("phone")).isEqualTo("+5521999990000");
        assertThat(emergency.getString("relationship")).isEqualTo("Mãe");
        assertThat(client.getJsonObject("guardian").getString("name")).isEqualTo("Maria " + word);
        assertThat(client.getJsonObject("guardian").getString("document")).isEqualTo(guardianCpf);
        assertThat(client.getBoolean("selfManaged")).isFalse();
    }

    @Test
    void theSecondPhoneIsFoundBySearch() {
        String word = TestData.uniqueWord();
        String mobile = TestData.newMobileNumber();
        long id = id(admin.post("/api/v1/clients", person("Otávio " + word)
                .add("otherPhone", "11" + mobile).build().toString()).json());

        JsonObject found = admin.get("/api/v1/clients?q=" + URLEncoder.encode(
                mobile.substring(0, 5) + "-" + mobile.substring(5), StandardCharsets.UTF_8)).json();

        assertThat(found.getJsonArray("items").getValuesAs(JsonValue::asJsonObject))
                .extracting(c -> c.getJsonNumber("id").longValue()).containsExactly(id);
    }

    @Test
    void aMinorWithoutGuardianIsRefusedOnTheGuardianFieldsAndNothingIsSaved() {
        String name = "Menor " + TestData.uniqueWord();
        String birth = LocalDate.now().minusYears(17).toString();

        Api.Reply without = admin.post("/api/v1/clients", person(name).add("birthDate", birth).build().toString());
        Api.Reply nameOnly = admin.post("/api/v1/clients", person(name).add("birthDate", birth)
                .add("guardian", Json.createObjectBuilder().add("name", "Responsável")).build().toString());
        Api.Reply badCpf = admin.post("/api/v1/clients", person(name).add("birthDate", birth)
                .add("guardian", Json.createObjectBuilder().add("name", "Responsável").add("document", "111.111.111-11"))
                .build().toString());

        assertThat(without.status()).as(without.toString()).isEqualTo(422);
        assertThat(errors(without).keySet()).containsExactlyInAnyOrder("guardian.name", "guardian.document");
        assertThat(errors(without).get("guardian.name")).contains("responsável legal").contains("menor de 18");
        assertThat(errors(nameOnly).keySet()).containsExactly("guardian.document");
        assertThat(badCpf.status()).isEqualTo(422);
        assertThat(errors(badCpf).get("guardian.document")).contains("CPF inválido");
        assertThat(total("/api/v1/clients?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))).isZero();
    }

    @Test
    void anAdultNeedsNoGuardian() {
        Api.Reply adult = admin.post("/api/v1/clients", person("Adulto " + TestData.uniqueWord())
                .add("birthDate", LocalDate.now().minusYears(18).toString()).build().toString());

        assertThat(adult.status()).as(adult.toString()).isEqualTo(201);
        assertThat(adult.json().get("guardian")).isIn(null, JsonValue.NULL);
    }

    @Test
    void aFeeWithThreeDecimalsOrBelowZeroIsRefusedOnTheFee() {
        String name = "Valor " + TestData.uniqueWord();

        Api.Reply threeDecimals = admin.post("/api/v1/clients",
                person(name).add("defaultFee", new BigDecimal("10.555")).build().toString());
        Api.Reply negative = admin.post("/api/v1/clients",
                person(name).add("defaultFee", new BigDecimal("-1.00")).build().toString());

        assertThat(threeDecimals.status()).as(threeDecimals.toString()).isEqualTo(422);
        assertThat(errors(threeDecimals).get("defaultFee")).contains("2 casas decimais");
        assertThat(negative.status()).isEqualTo(422);
        assertThat(errors(negative).get("defaultFee")).contains("negativo");
        assertThat(total("/api/v1/clients?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))).isZero();
    }

    @Test
    void badContactsAreRefusedOnTheFieldOfTheirRow() {
        Api.Reply reply = admin.post("/api/v1/clients", person("Contatos " + TestData.uniqueWord())
                .add("otherPhone", "123")
                .add("contacts", Json.createArrayBuilder()
                        .add(contact("Ana", null, null, "nao-e-email"))
                        .add(contact("", null, "12", null)))
                .add("emergencyContacts", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Zé")))
                .build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(errors(reply).keySet()).containsExactlyInAnyOrder("otherPhone", "contacts[0].email",
                "contacts[1].name", "contacts[1].phone", "emergencyContacts[0].phone");
        assertThat(errors(reply).get("contacts[0].email")).contains("e-mail válido");
    }

    @Test
    void anUnknownPaymentMethodIsRefused() {
        Api.Reply reply = admin.post("/api/v1/clients",
                person("Pagamento " + TestData.uniqueWord()).add("preferredPaymentMethod", "CHEQUE").build().toString());

        assertThat(reply.status()).isIn(400, 422);
    }

    @Test
    void anotherCompanysOwnerOrCenterIsRefusedAndNothingIsSaved() {
        Api clinica = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);
        long foreignCenter = center(clinica, "Unidade clínica " + TestData.uniqueWord());
        long foreignOwner = TestData.staffUser(CLINICA_ADMIN, "STAFF").id();
        String name = "Alheio " + TestData.uniqueWord();
        long id = id(admin.post("/api/v1/clients", person(name).build().toString()).json());

        Api.Reply withCenter = admin.post("/api/v1/clients", person(name).add("centerId", foreignCenter).build().toString());
        Api.Reply withOwner = admin.put("/api/v1/clients/" + id,
                person(name + " Mudado").add("ownerId", foreignOwner).build().toString());
        Api.Reply unknown = admin.put("/api/v1/clients/" + id, person(name).add("ownerId", 987654321L).build().toString());

        assertThat(withCenter.status()).as(withCenter.toString()).isEqualTo(422);
        assertThat(errors(withCenter)).containsKey("centerId");
        assertThat(withOwner.status()).as(withOwner.toString()).isEqualTo(422);
        assertThat(errors(withOwner)).containsKey("ownerId");
        assertThat(errors(unknown)).containsKey("ownerId");
        JsonObject stored = admin.get("/api/v1/clients/" + id).json();
        assertThat(stored.getString("name")).isEqualTo(name);
        assertThat(stored.get("ownerId")).isIn(null, JsonValue.NULL);
        assertThat(total("/api/v1/clients?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))).isEqualTo(1);
    }

    @Test
    void anInactiveCenterCannotBeChosenButAClientKeepsTheOneItHas() {
        String word = TestData.uniqueWord();
        long center = center(admin, "Fechando " + word);
        long id = id(admin.post("/api/v1/clients", person("Fiel " + word).add("centerId", center).build().toString())
                .json());
        admin.put("/api/v1/centers/" + center, "{\"name\":\"Fechando " + word + "\",\"active\":false}");

        Api.Reply kept = admin.put("/api/v1/clients/" + id,
                person("Fiel " + word).add("centerId", center).add("profile", "ainda aqui").build().toString());
        Api.Reply chosen = admin.post("/api/v1/clients", person("Novo " + word).add("centerId", center).build().toString());

        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.json().getJsonNumber("centerId").longValue()).isEqualTo(center);
        assertThat(chosen.status()).isEqualTo(422);
        assertThat(errors(chosen)).containsKey("centerId");
    }

    @Test
    void everyNewFieldIsInTheHistoryWithOldAndNewValues() {
        String word = TestData.uniqueWord();
        long center = center(admin, "Histórico " + word);
        TestData.NewStaff owner = TestData.staffUser(PETHOTEL_ADMIN, "MANAGER");
        long id = id(admin.post("/api/v1/clients", person("Hélio " + word).add("defaultFee", 100).build().toString())
                .json());

        Api.Reply changed = admin.put("/api/v1/clients/" + id, person("Hélio " + word)
                .add("otherPhone", "(11) 3456-7890").add("profile", "VIP").add("preferredPaymentMethod", "CARD")
                .add("paymentTerm", "IMMEDIATE").add("defaultFee", new BigDecimal("150.00")).add("centerId", center)
                .add("ownerId", owner.id())
                .add("contacts", Json.createArrayBuilder().add(contact("Rita", "Sócia", null, null)))
                .add("emergencyContacts", Json.createArrayBuilder().add(emergency("Rui", "11 97777-6666", "Pai")))
                .add("guardian", Json.createObjectBuilder().add("name", "Rui").add("document", TestData.newCpf()))
                .build().toString());

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        List<JsonObject> items = admin.get("/api/v1/clients/" + id + "/history?size=50").json()
                .getJsonArray("items").getValuesAs(JsonValue::asJsonObject);
        Map<String, JsonObject> byField = items.stream().filter(e -> e.getString("action").equals("UPDATE"))
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e));
        assertThat(byField.keySet()).containsExactlyInAnyOrder("otherPhone", "profile", "preferredPaymentMethod",
                "paymentTerm", "defaultFee", "center", "owner", "contacts", "emergencyContacts", "guardian");
        assertThat(byField.get("defaultFee").getString("oldValue")).isEqualTo("100.00");
        assertThat(byField.get("defaultFee").getString("newValue")).isEqualTo("150.00");
        assertThat(byField.get("center").getString("newValue")).isEqualTo("Histórico " + word);
        assertThat(byField.get("owner").getString("newValue")).isEqualTo("Pessoa de Teste");
        assertThat(byField.get("contacts").getString("newValue")).contains("Rita").contains("Sócia");
        assertThat(byField.get("emergencyContacts").getString("newValue")).contains("Rui").contains("+5511977776666");
    }

    static long center(Api api, String name) {
        Api.Reply created = api.post("/api/v1/centers", Json.createObjectBuilder().add("name", name).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return id(created.json());
    }

    static JsonObjectBuilder person(String name) {
        return Json.createObjectBuilder().add("kind", "PERSON").add("name", name);
    }

    private static JsonObjectBuilder contact(String name, String role, String phone, String email) {
        JsonObjectBuilder contact = Json.createObjectBuilder().add("name", name);
        if (role != null) {
            contact.add("role", role);
        }
        if (phone != null) {
            contact.add("phone", phone);
        }
        if (email != null) {
            contact.add("email", email);
        }
        return contact;
    }

    private static JsonObjectBuilder emergency(String name, String phone, String relationship) {
        return Json.createObjectBuilder().add("name", name).add("phone", phone).add("relationship", relationship);
    }

    static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    static Map<String, String> errors(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonValue::asJsonObject).stream()
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message"), (a, b) -> a));
    }

    private long total(String path) {
        return admin.get(path).json().getJsonNumber("total").longValue();
    }
}
