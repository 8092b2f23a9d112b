package br.com.clientela.api.problems;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void responseIsProblemJsonInUtf8WithTheProblemsStatus() {
        Response response = new Problem(409, "Conflito", "Já existe.").toResponse("/api/v1/staff-users");

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getMediaType().getType()).isEqualTo("application");
        assertThat(response.getMediaType().getSubtype()).isEqualTo("problem+json");
        assertThat(response.getMediaType().getParameters()).containsEntry("charset", "UTF-8");
    }

    @Test
    void bodyCarriesTypeTitleStatusDetailAndInstance() {
        JsonObject body = bodyOf(new Problem(404, "Não encontrado", "Usuário não encontrado.")
                .toResponse("/api/v1/staff-users/7"));

        assertThat(body.getString("type")).isEqualTo("about:blank");
        assertThat(body.getString("title")).isEqualTo("Não encontrado");
        assertThat(body.getInt("status")).isEqualTo(404);
        assertThat(body.getString("detail")).isEqualTo("Usuário não encontrado.");
        assertThat(body.getString("instance")).isEqualTo("/api/v1/staff-users/7");
        assertThat(body.containsKey("errors")).isFalse();
    }

    @Test
    void missingDetailAndInstanceAreLeftOutRatherThanNull() {
        JsonObject body = bodyOf(new Problem(403, "Sem permissão", null).toResponse(null));

        assertThat(body.keySet()).containsExactlyInAnyOrder("type", "title", "status");
    }

    @Test
    void errorsListEachFieldInOrderAndOmitTheFieldOfAWholeRequestError() {
        JsonObject body = bodyOf(new Problem(422, "Dados inválidos", "Corrija os campos indicados.")
                .field("email", "Informe o e-mail.")
                .field("name", "Informe o nome.")
                .field(null, "Envie os dados da requisição.")
                .toResponse("/api/v1/staff-users"));

        assertThat(body.getJsonArray("errors")).hasSize(3);
        JsonObject first = body.getJsonArray("errors").getJsonObject(0);
        assertThat(first.getString("field")).isEqualTo("email");
        assertThat(first.getString("message")).isEqualTo("Informe o e-mail.");
        assertThat(body.getJsonArray("errors").getJsonObject(1).getString("field")).isEqualTo("name");
        JsonObject whole = body.getJsonArray("errors").getJsonObject(2);
        assertThat(whole.containsKey("field")).isFalse();
        assertThat(whole.getString("message")).isEqualTo("Envie os dados da requisição.");
    }

    @Test
    void textWithQuotesAndAccentsIsEscapedIntoValidJson() {
        JsonObject body = bodyOf(new Problem(422, "Dados inválidos", "O nome \"Zé\" já\nexiste.").toResponse(null));

        assertThat(body.getString("detail")).isEqualTo("O nome \"Zé\" já\nexiste.");
    }

    static JsonObject bodyOf(Response response) {
        assertThat(response.getEntity()).isInstanceOf(String.class);
        try (var reader = Json.createReader(new StringReader((String) response.getEntity()))) {
            return reader.readObject();
        }
    }
}
