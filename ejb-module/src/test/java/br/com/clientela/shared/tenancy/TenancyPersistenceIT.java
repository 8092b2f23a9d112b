package br.com.clientela.shared.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.companies.entity.Company;
import br.com.clientela.security.entity.Role;
import br.com.clientela.security.entity.StaffUser;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The tenancy mechanism itself, on a real PostgreSQL: the Flyway migrations, the "clientela" persistence unit
 * (run here outside the server, with local transactions) and {@link TenantScope}. Whatever a persistence
 * context scoped to one company writes carries that company's id, and whatever it reads — by query or by id —
 * is that company's only. The database is CLIENTELA_TEST_JDBC_URL's server (a fresh database, dropped after)
 * or an embedded PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenancyPersistenceIT {

    private String adminUrl;
    private String database;
    private EmbeddedPostgres embedded;
    private String url;
    private EntityManagerFactory emf;
    private long companyA;
    private long companyB;

    @BeforeAll
    void migrateAFreshDatabase() throws SQLException, IOException {
        adminUrl = System.getenv("CLIENTELA_TEST_JDBC_URL");
        if (adminUrl == null || adminUrl.isBlank()) {
            embedded = EmbeddedPostgres.builder().start();
            url = embedded.getJdbcUrl("postgres", "postgres");
        } else {
            database = "clientela_jpa_it_" + System.currentTimeMillis();
            try (Connection admin = connect(adminUrl); Statement sql = admin.createStatement()) {
                sql.execute("create database " + database);
            }
            url = adminUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        }
        Flyway.configure().dataSource(url, user(), password()).locations("classpath:db/migration/common").load().migrate();

        Map<String, Object> local = new HashMap<>();
        local.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        local.put("jakarta.persistence.jtaDataSource", "");
        local.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
        local.put("jakarta.persistence.jdbc.url", url);
        local.put("jakarta.persistence.jdbc.user", user());
        local.put("jakarta.persistence.jdbc.password", password());
        local.put("eclipselink.target-server", "None");
        emf = Persistence.createEntityManagerFactory("clientela", local);
        companyA = persistCompany("empresa-a");
        companyB = persistCompany("empresa-b");
    }

    @AfterAll
    void dropTheDatabase() throws SQLException, IOException {
        if (emf != null) {
            emf.close();
        }
        if (embedded != null) {
            embedded.close();
        } else if (database != null) {
            try (Connection admin = connect(adminUrl); Statement sql = admin.createStatement()) {
                sql.execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    @Test
    void whatACompanyWritesCarriesItsIdWithoutTheCodeSettingIt() throws SQLException {
        long id = persistStaff(companyA, "ana@empresa-a.test");

        try (Connection db = connect(url);
                PreparedStatement query = db.prepareStatement("select company_id from staff_user where id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getLong(1)).isEqualTo(companyA);
            }
        }
    }

    @Test
    void anotherCompanysRecordIsNotFoundByQueryOrById() {
        long ofB = persistStaff(companyB, "bruno@empresa-b.test");

        inTenant(companyA, em -> {
            assertThat(em.find(StaffUser.class, ofB)).isNull();
            assertThat(em.createQuery("select u from StaffUser u where u.id = :id", StaffUser.class)
                    .setParameter("id", ofB).getResultList()).isEmpty();
            assertThat(em.createQuery("select u.email from StaffUser u", String.class).getResultList())
                    .doesNotContain("bruno@empresa-b.test");
        });
        inTenant(companyB, em -> assertThat(em.find(StaffUser.class, ofB)).isNotNull());
    }

    @Test
    void bulkChangesOnlyTouchTheCallersCompany() {
        long ofA = persistStaff(companyA, "carla@empresa-a.test");
        long ofB = persistStaff(companyB, "davi@empresa-b.test");

        inTenant(companyA, em -> em.createQuery("update StaffUser u set u.active = false").executeUpdate());

        inTenant(companyA, em -> assertThat(em.find(StaffUser.class, ofA).isActive()).isFalse());
        inTenant(companyB, em -> assertThat(em.find(StaffUser.class, ofB).isActive()).isTrue());
    }

    private long persistCompany(String slug) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            Company company = new Company(slug, "Empresa " + slug);
            em.persist(company);
            em.getTransaction().commit();
            return company.getId();
        } finally {
            em.close();
        }
    }

    private long persistStaff(long companyId, String email) {
        long[] id = new long[1];
        inTenant(companyId, em -> {
            StaffUser user = new StaffUser(email, "Pessoa", Role.STAFF, "hash");
            em.persist(user);
            em.flush();
            id[0] = user.getId();
        });
        return id[0];
    }

    /** One local transaction in a persistence context scoped to the company, as the server's interceptor does. */
    private void inTenant(long companyId, Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            TenantScope.enter(em, companyId);
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    private Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user(), password());
    }

    private String user() {
        String user = System.getenv("CLIENTELA_TEST_DB_USER");
        return embedded != null || user == null ? "postgres" : user;
    }

    private String password() {
        String password = System.getenv("CLIENTELA_TEST_DB_PASSWORD");
        return embedded != null ? "postgres" : password == null ? "" : password;
    }
}
