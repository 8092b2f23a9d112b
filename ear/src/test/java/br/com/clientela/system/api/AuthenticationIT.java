package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One authentication mechanism serves pages and API: REST callers get 401 with problem+json (never a redirect
 * to the login page), pages redirect to the login page.
 */
@ExtendWith(DeployedClientela.class)
class AuthenticationIT {

    @Test
    void meAnswersEmailRolesAndCompanyOfTheCaller() {
        JsonObject me = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD).get("/api/v1/me").json();

        assertThat(me.getString("email")).isEqualTo(PETHOTEL_ADMIN);
        assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactlyInAnyOrder("ADMIN", "MANAGER", "STAFF");
        assertThat(me.getJsonObject("company").getString("slug")).isEqualTo("pethotel");
        assertThat(me.getJsonObject("company").getString("name")).isEqualTo("Pet Hotel Bem-Estar");
    }

    @Test
    void apiWithoutCredentialsGets401ProblemAndNoRedirect() {
        Api.Reply reply = Api.anonymous().get("/api/v1/me");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("Location")).isNull();
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(reply.json().getInt("status")).isEqualTo(401);
        assertThat(reply.json().getString("detail")).contains("Autentique-se");
    }

    @Test
    void apiWithWrongPasswordGets401Problem() {
        Api.Reply reply = Api.as(PETHOTEL_ADMIN, "senha-errada-123").get("/api/v1/me");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("Location")).isNull();
        assertThat(reply.json().getString("detail")).isEqualTo("E-mail ou senha inválidos.");
    }

    @Test
    void unknownApiTokenGets401Problem() {
        Api.Reply reply = Api.withToken("clt_naoexiste").get("/api/v1/me");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().getString("detail")).contains("Token da API inválido");
    }

    @Test
    void protectedPageWithoutSessionRedirectsToTheLoginPage() {
        Api.Reply reply = Api.anonymous().get("/index.xhtml");

        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.header("Location")).endsWith("/login.xhtml");
    }

    @Test
    void deactivatedStaffCannotSignIn() {
        TestData.NewStaff staff = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");
        assertThat(Api.as(staff.email(), staff.password()).get("/api/v1/me").status()).isEqualTo(200);

        Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD).put("/api/v1/staff-users/" + staff.id(),
                "{\"name\":\"Pessoa de Teste\",\"role\":\"STAFF\",\"active\":false}");

        Api.Reply reply = Api.as(staff.email(), staff.password()).get("/api/v1/me");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().getString("detail")).contains("desativado");
    }
}
