package br.com.clientela.system.api;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The EAR as built and deployed: its modules, readiness after migrations, the OpenAPI description. */
@ExtendWith(DeployedClientela.class)
class PlatformIT {

    @Test
    void earHoldsTheEjbWebAndPortalModules() throws IOException {
        try (ZipFile ear = new ZipFile(Path.of(System.getProperty("clientela.it.ear")).toFile())) {
            assertThat(ear.getEntry("ejb-module.jar")).isNotNull();
            assertThat(ear.getEntry("web-module.war")).isNotNull();
            assertThat(ear.getEntry("portal-module.war")).isNotNull();
            assertThat(ear.getEntry("lib/org.flywaydb-flyway-core-11.14.1.jar")).isNotNull();
        }
    }

    @Test
    void readinessIsUpOnceMigrationsRan() {
        Api.Reply ready = Api.anonymous().get("/health/ready");

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().getString("status")).isEqualTo("UP");
        assertThat(ready.body()).contains("clientela-database-migrations");
    }

    @Test
    void openApiDescribesTheClientelaApi() {
        Api.Reply openapi = Api.anonymous().get("/openapi");

        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("Clientela API", "/api/v1/staff-users", "/api/v1/me");
    }
}
