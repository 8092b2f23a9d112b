package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad input gets 400/422 problem+json in pt-BR naming the field, never a 500, and nothing is saved. */
@ExtendWith(DeployedClientela.class)
class BadInputIT {

    private final Api admin = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);

    @Test
    void malformedJsonIs400() {
        String email = TestData.uniqueEmail("malformado");
        Api.Reply reply = admin.post("/api/v1/staff-users", "{\"email\":\"" + email + "\",");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().getString("title")).isEqualTo("JSON inválido");
        assertNotSaved(email);
    }

    @Test
    void unknownFieldIs400NamingTheField() {
        String email = TestData.uniqueEmail("desconhecido");
        Api.Reply reply = admin.post("/api/v1/staff-users", "{\"email\":\"" + email
                + "\",\"name\":\"Ana\",\"role\":\"STAFF\",\"password\":\"Senha12345a\",\"apelido\":\"Aninha\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("apelido");
        assertNotSaved(email);
    }

    @Test
    void unknownEnumValueIs422NamingTheFieldAndTheAcceptedValues() {
        String email = TestData.uniqueEmail("papel");
        Api.Reply reply = admin.post("/api/v1/staff-users", "{\"email\":\"" + email
                + "\",\"name\":\"Ana\",\"role\":\"CHEFE\",\"password\":\"Senha12345a\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(errorsByField(reply.json())).containsEntry("role",
                "Valor desconhecido: CHEFE. Valores aceitos: STAFF, MANAGER, ADMIN.");
        assertNotSaved(email);
    }

    @Test
    void wrongTypeIs422NamingTheFieldAndChangesNothing() {
        TestData.NewStaff staff = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");

        Api.Reply reply = admin.put("/api/v1/staff-users/" + staff.id(),
                "{\"name\":\"Outro Nome\",\"role\":\"ADMIN\",\"active\":{\"sim\":true}}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).contains("\"field\":\"active\"");
        JsonObject after = admin.get("/api/v1/staff-users/" + staff.id()).json();
        assertThat(after.getString("name")).isEqualTo("Pessoa de Teste");
        assertThat(after.getString("role")).isEqualTo("STAFF");
    }

    @Test
    void missingRequiredFieldsAre422WithOnePtBrMessagePerField() {
        Api.Reply reply = admin.post("/api/v1/staff-users", "{}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(errorsByField(reply.json())).containsEntry("email", "Informe o e-mail.")
                .containsEntry("name", "Informe o nome.")
                .containsEntry("role", "Escolha o papel: ADMIN, MANAGER ou STAFF.")
                .containsEntry("password", "Informe a senha.");
    }

    @Test
    void emptyBodyIs400Problem() {
        Api.Reply reply = admin.post("/api/v1/staff-users", "");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void invalidEmailOverlongNameAndWeakPasswordAre422AndNothingIsSaved() {
        String overlong = "A".repeat(121);
        Api.Reply reply = admin.post("/api/v1/staff-users",
                "{\"email\":\"nao-e-email\",\"name\":\"" + overlong + "\",\"role\":\"STAFF\",\"password\":\"curta\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(errorsByField(reply.json()))
                .containsEntry("email", "Informe um e-mail válido, como nome@exemplo.com.br.")
                .containsEntry("name", "Use no máximo 120 caracteres.")
                .containsEntry("password", "A senha deve ter de 10 a 128 caracteres, com letras e números.");
        assertThat(admin.get("/api/v1/staff-users").body()).doesNotContain("nao-e-email");
    }

    @Test
    void duplicateEmailIs409() {
        Api.Reply reply = admin.post("/api/v1/staff-users",
                "{\"email\":\"EQUIPE@pethotel.demo\",\"name\":\"Outra\",\"role\":\"STAFF\",\"password\":\"Senha12345a\"}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(errorsByField(reply.json())).containsEntry("email", "Já existe um usuário com este e-mail.");
    }

    @Test
    void invalidCnpjOnTheCompanyProfileIs422AndTheProfileIsUnchanged() {
        JsonObject before = admin.get("/api/v1/company").json();

        Api.Reply reply = admin.put("/api/v1/company", "{\"slug\":\"pethotel\",\"legalName\":\"Nova Razão\","
                + "\"cnpj\":\"11.222.333/0001-82\",\"state\":\"sp\",\"hasLogo\":false}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(errorsByField(reply.json()))
                .containsEntry("cnpj", "CNPJ inválido: confira os dígitos verificadores.")
                .containsEntry("state", "Informe a UF com 2 letras maiúsculas, como SP.");
        assertThat(admin.get("/api/v1/company").json()).isEqualTo(before);
    }

    @Test
    void unknownPathIs404Problem() {
        Api.Reply reply = admin.get("/api/v1/nada-aqui");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void logoThatIsNotAnImageIsRefused() {
        Api.Reply reply = admin.put("/api/v1/company/logo", "image/png", "isto não é imagem".getBytes());

        assertThat(reply.status()).isEqualTo(422);
        assertThat(errorsByField(reply.json())).containsEntry("logo", "O logotipo deve ser uma imagem PNG, JPEG ou WebP.");
        assertThat(admin.get("/api/v1/company").json().getBoolean("hasLogo")).isFalse();
    }

    private void assertNotSaved(String email) {
        assertThat(admin.get("/api/v1/staff-users").body()).doesNotContain(email);
    }

    private static Map<String, String> errorsByField(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonValue::asJsonObject).stream()
                .filter(e -> e.containsKey("field"))
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message"), (a, b) -> a + " | " + b));
    }
}
