package br.com.clientela.system.api;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one-time setup of a real installation (CLIENTELA_SETUP_* given to the test server by the harness): the
 * company exists, alone in its tenancy, and its first ADMIN can sign in and manage it.
 */
@ExtendWith(DeployedClientela.class)
class FirstCompanySetupIT {

    private final Api admin = Api.as("dona@studio-teste.com.br", "PrimeiroAcesso2026");

    @Test
    void theConfiguredCompanyAndItsAdminExist() {
        JsonObject me = admin.get("/api/v1/me").json();

        assertThat(me.getJsonObject("company").getString("slug")).isEqualTo("studio-teste");
        assertThat(admin.get("/api/v1/company").json().getString("legalName")).isEqualTo("Studio de Teste Ltda");
        assertThat(me.getJsonArray("roles").toString()).contains("ADMIN");
    }

    @Test
    void theNewCompanyStartsWithOnlyItsAdmin() {
        JsonObject staff = admin.get("/api/v1/staff-users").json();

        assertThat(staff.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(staff.toString()).contains("dona@studio-teste.com.br").doesNotContain("pethotel.demo")
                .doesNotContain("clinica.demo");
    }
}
