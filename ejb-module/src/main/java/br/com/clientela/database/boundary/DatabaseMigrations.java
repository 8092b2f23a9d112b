package br.com.clientela.database.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway when the application is deployed, before anything else runs.
 * Bean-managed so that Flyway commits each migration itself: under a container transaction a failed deploy
 * rolled half-applied DDL back. If a migration fails, deployment fails.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "jdbc/clientela")
    DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                // PostgreSQL only, everywhere (the demo's embedded database included).
                .locations("classpath:db/migration/common")
                // Databases migrated while V3 and V9 lived in a per-database folder that was not read (Flyway
                // itself does not expand "{vendor}") lack them: apply them late instead of refusing to start.
                .outOfOrder(true)
                .load()
                .migrate();
        LOG.info(() -> "Clientela database at schema version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
        migrated = true;
    }

    /** True once the schema is current; the readiness check waits for it. */
    @PermitAll
    @Lock(LockType.READ)
    public boolean isMigrated() {
        return migrated;
    }
}
