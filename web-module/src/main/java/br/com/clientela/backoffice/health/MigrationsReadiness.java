package br.com.clientela.backoffice.health;

import br.com.clientela.database.boundary.DatabaseMigrations;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the database schema is current. */
@Readiness
@ApplicationScoped
public class MigrationsReadiness implements HealthCheck {

    @EJB
    DatabaseMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("clientela-database-migrations").status(migrations.isMigrated()).build();
    }
}
