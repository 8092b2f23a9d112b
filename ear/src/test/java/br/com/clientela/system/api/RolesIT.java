package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_MANAGER;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff-users endpoints only require a signed-in staff member at the URL level; the ADMIN check is the
 * EJB's {@code @RolesAllowed}. So these tests show both that the EJB refuses a STAFF caller and that Payara
 * maps the identity store's groups to roles (without the mapping the ADMIN would be refused too).
 */
@ExtendWith(DeployedClientela.class)
class RolesIT {

    @Test
    void staffCallerIsRefusedAnAdminOnlyServiceMethod() {
        Api.Reply reply = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD).get("/api/v1/staff-users");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().getString("detail")).isEqualTo("Você não tem permissão para esta operação.");
    }

    @Test
    void managerCallerIsRefusedAnAdminOnlyServiceMethod() {
        Api.Reply reply = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD).post("/api/v1/staff-users",
                "{\"email\":\"nao-cria@teste.clientela\",\"name\":\"Não\",\"role\":\"STAFF\",\"password\":\"Senha12345a\"}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD).get("/api/v1/staff-users").body())
                .doesNotContain("nao-cria@teste.clientela");
    }

    @Test
    void adminCallerIsAllowedBecauseGroupsMapToRoles() {
        Api.Reply reply = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD).get("/api/v1/staff-users");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(3);
        assertThat(reply.body()).contains(PETHOTEL_STAFF);
    }

    @Test
    void staffCallerMayReadTheirOwnIdentity() {
        Api.Reply reply = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD).get("/api/v1/me");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getJsonArray("roles").toString()).contains("STAFF").doesNotContain("ADMIN");
    }
}
