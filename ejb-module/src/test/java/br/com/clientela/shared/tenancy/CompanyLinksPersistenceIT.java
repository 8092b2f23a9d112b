package br.com.clientela.shared.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The database itself refuses what the code never writes, on a real PostgreSQL migrated by Flyway: a row of one
 * company linked to another company's row (raw SQL, no application in between), and a client deleted while money
 * records point at it. Each refusal is shown next to the same link within one company, which is accepted. The
 * database is CLIENTELA_TEST_JDBC_URL's server (a fresh database, dropped after) or an embedded PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompanyLinksPersistenceIT {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final AtomicLong ids = new AtomicLong(1000);
    private String adminUrl;
    private String database;
    private EmbeddedPostgres embedded;
    private String url;
    private long companyA;
    private long companyB;

    @BeforeAll
    void migrateAFreshDatabase() throws SQLException, IOException {
        adminUrl = System.getenv("CLIENTELA_TEST_JDBC_URL");
        if (adminUrl == null || adminUrl.isBlank()) {
            embedded = EmbeddedPostgres.builder().start();
            url = embedded.getJdbcUrl("postgres", "postgres");
        } else {
            database = "clientela_links_it_" + System.currentTimeMillis();
            try (Connection admin = connect(adminUrl); Statement sql = admin.createStatement()) {
                sql.execute("create database " + database);
            }
            url = adminUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        }
        Flyway.configure().dataSource(url, user(), password())
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().migrate();
        companyA = company("links-a");
        companyB = company("links-b");
    }

    @AfterAll
    void dropTheDatabase() throws SQLException, IOException {
        if (embedded != null) {
            embedded.close();
        } else if (database != null) {
            try (Connection admin = connect(adminUrl); Statement sql = admin.createStatement()) {
                sql.execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    @Test
    void aClientCannotBeGivenAnotherCompanysCenterOrOwner() throws SQLException {
        long client = client(companyA);
        long ownCenter = insert("insert into center (id, company_id, name, active, version) values (%d, %d, 'Centro %d',"
                + " true, 0)", companyA);
        long otherCenter = insert("insert into center (id, company_id, name, active, version) values (%d, %d,"
                + " 'Centro %d', true, 0)", companyB);
        long otherOwner = insert("insert into staff_user (id, company_id, email, name, role, password_hash, active,"
                + " created_at, version) values (%d, %d, 'u%d@b.test', 'U', 'STAFF', 'x', true,"
                + " now(), 0)", companyB);

        assertRefused("update client set center_id = " + otherCenter + " where id = " + client);
        assertRefused("update client set owner_id = " + otherOwner + " where id = " + client);
        execute("update client set center_id = " + ownCenter + " where id = " + client);
    }

    @Test
    void anInvoiceOrPaymentOrTransactionCannotPointAtAnotherCompanysRecords() throws SQLException {
        long ours = client(companyA);
        long theirs = client(companyB);

        assertRefused(invoiceSql(companyA, theirs));
        long invoice = insert(invoiceSql(companyA, ours));
        long theirInvoice = insert(invoiceSql(companyB, theirs));
        assertRefused(paymentSql(companyA, theirInvoice));
        insert(paymentSql(companyA, invoice));
        long theirCategory = category(companyB);
        long ourCategory = category(companyA);
        assertRefused(transactionSql(companyA, ours, theirCategory));
        assertRefused(transactionSql(companyA, theirs, ourCategory));
        insert(transactionSql(companyA, ours, ourCategory));
    }

    @Test
    void linesGroupsAndWalletsStayWithinTheirCompany() throws SQLException {
        long ours = client(companyA);
        long theirs = client(companyB);
        long invoice = insert(invoiceSql(companyA, ours));
        long ourItem = item(companyA);
        long theirItem = item(companyB);
        long theirGroup = insert("insert into client_group (id, company_id, name, version) values (%d, %d, 'G%d', 0)",
                companyB);

        assertRefused("insert into invoice_line (invoice_id, position, catalog_item_id, description, quantity,"
                + " unit_price, discount, total) values (" + invoice + ", 1, " + theirItem + ", 'x', 1, 1, 0, 1)");
        execute("insert into invoice_line (invoice_id, position, catalog_item_id, description, quantity, unit_price,"
                + " discount, total) values (" + invoice + ", 1, " + ourItem + ", 'x', 1, 1, 0, 1)");
        assertRefused("insert into client_group_member (client_id, group_id) values (" + ours + ", " + theirGroup + ")");
        execute("insert into client_group_member (client_id, group_id) values (" + theirs + ", " + theirGroup + ")");
        assertRefused("insert into wallet (id, company_id, client_id, balance, version) values (" + ids.incrementAndGet()
                + ", " + companyA + ", " + theirs + ", 0, 0)");
    }

    @Test
    void aClientWithMoneyRecordsCannotBeDeletedButOneWithoutCan() throws SQLException {
        long withInvoice = client(companyA);
        long invoice = insert(invoiceSql(companyA, withInvoice));
        insert(paymentSql(companyA, invoice));
        long withTransaction = client(companyA);
        insert(transactionSql(companyA, withTransaction, category(companyA)));
        long plain = client(companyA);

        assertRefused("delete from client where id = " + withInvoice);
        assertRefused("delete from invoice where id = " + invoice);
        assertRefused("delete from client where id = " + withTransaction);
        execute("delete from client where id = " + plain);
        assertThat(single("select count(*) from invoice_payment where invoice_id = " + invoice)).isEqualTo(1);
    }

    private long company(String slug) throws SQLException {
        return insert("insert into company (id, slug, legal_name, created_at, version) values (%d, '" + slug
                + "-%d', 'Empresa', now(), 0)", null);
    }

    private long client(long company) throws SQLException {
        return insert("insert into client (id, company_id, kind, name, status, created_at, updated_at, version)"
                + " values (%d, %d, 'PERSON', 'Cliente %d', 'ACTIVE', now(), now(), 0)", company);
    }

    private long category(long company) throws SQLException {
        return insert("insert into transaction_category (id, company_id, name, active, version)"
                + " values (%d, %d, 'Categoria %d', true, 0)", company);
    }

    private long item(long company) throws SQLException {
        return insert("insert into catalog_item (id, company_id, kind, name, unit_price, active, version)"
                + " values (%d, %d, 'SERVICE', 'Item %d', 1, true, 0)", company);
    }

    private String invoiceSql(long company, long client) {
        long id = ids.incrementAndGet();
        return "insert into invoice (id, company_id, number, client_id, issue_date, due_date, gross, discount, total,"
                + " amount_paid, status, created_at, created_by, version) values (" + id + ", " + company + ", " + id
                + ", " + client + ", current_date, current_date, 10, 0, 10, 0, 'PENDING', now(), 'teste', 0)";
    }

    private String paymentSql(long company, long invoice) {
        long id = ids.incrementAndGet();
        return "insert into invoice_payment (id, company_id, invoice_id, amount, method, paid_on, actor, occurred_at,"
                + " idempotency_key) values (" + id + ", " + company + ", " + invoice + ", 10, 'CASH', current_date,"
                + " 'teste', now(), 'k" + id + "')";
    }

    private String transactionSql(long company, long client, long category) {
        return "insert into money_transaction (id, company_id, client_id, occurred_at, amount, category_id, actor)"
                + " values (" + ids.incrementAndGet() + ", " + company + ", " + client + ", now(), 10, " + category
                + ", 'teste')";
    }

    /** Runs an insert whose first %d is a new id and second (if any) the company, third the id again. */
    private long insert(String template, Long company) throws SQLException {
        long id = ids.incrementAndGet();
        execute(company == null ? String.format(template, id, id) : String.format(template, id, company, id));
        return id;
    }

    /** An insert already written with its id (the first number after "values ("). */
    private long insert(String sql) throws SQLException {
        execute(sql);
        return Long.parseLong(sql.substring(sql.indexOf("values (") + 8).split(",")[0].trim());
    }

    private void assertRefused(String sql) {
        SQLException refused = assertThrows(SQLException.class, () -> execute(sql), sql);
        assertThat(refused.getSQLState()).as(refused.getMessage()).isEqualTo(FOREIGN_KEY_VIOLATION);
    }

    private void execute(String sql) throws SQLException {
        try (Connection db = connect(url); Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private long single(String sql) throws SQLException {
        try (Connection db = connect(url); Statement statement = db.createStatement();
                var row = statement.executeQuery(sql)) {
            assertThat(row.next()).isTrue();
            return row.getLong(1);
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
