package br.com.clientela.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V16 on a real PostgreSQL: companies that existed before orders arrived get the same default order types and
 * statuses, in order and with their flags, as a company registered afterwards gets from OrderDefaults.
 */
class OrderDefaultsMigrationIT {

    @Test
    void companiesBeforeV16GetTheDefaultTypesAndStatusesInOrder() throws SQLException, IOException {
        String adminUrl = System.getenv("CLIENTELA_TEST_JDBC_URL");
        EmbeddedPostgres embedded = adminUrl == null || adminUrl.isBlank() ? EmbeddedPostgres.builder().start() : null;
        String database = "clientela_v16_it_" + System.currentTimeMillis();
        String user = embedded != null || System.getenv("CLIENTELA_TEST_DB_USER") == null ? "postgres"
                : System.getenv("CLIENTELA_TEST_DB_USER");
        String password = embedded != null ? "postgres"
                : System.getenv("CLIENTELA_TEST_DB_PASSWORD") == null ? "" : System.getenv("CLIENTELA_TEST_DB_PASSWORD");
        String url;
        if (embedded != null) {
            url = embedded.getJdbcUrl("postgres", "postgres");
        } else {
            try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                    Statement sql = admin.createStatement()) {
                sql.execute("create database " + database);
            }
            url = adminUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        }
        try {
            Flyway before = Flyway.configure().dataSource(url, user, password).target("14")
                    .locations("classpath:db/migration/common").load();
            before.migrate();
            try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
                sql.execute("insert into company (id, slug, legal_name, created_at, version)"
                        + " values (1, 'antiga', 'Empresa Antiga', current_timestamp, 0),"
                        + " (2, 'outra', 'Outra Empresa', current_timestamp, 0)");
            }

            Flyway.configure().dataSource(url, user, password)
                    .locations("classpath:db/migration/common").load().migrate();

            try (Connection db = DriverManager.getConnection(url, user, password)) {
                for (long company : List.of(1L, 2L)) {
                    assertThat(rows(db, "select name from order_type where company_id = ? and active"
                            + " order by position", company))
                            .containsExactly("Pedido", "Orçamento", "Devolução", "Recibo de pagamento");
                    assertThat(rows(db, "select name || ':' || paid || ':' || closed from order_status"
                            + " where company_id = ? and active order by position", company))
                            .containsExactly("Aberto:false:false", "Em andamento:false:false", "Pago:true:false",
                                    "Entregue:true:true", "Cancelado:false:true");
                }
                assertThat(rows(db, "select count(distinct id) from order_status where company_id <> ?", 0L))
                        .containsExactly("10");
            }
        } finally {
            if (embedded != null) {
                embedded.close();
            } else {
                try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                        Statement sql = admin.createStatement()) {
                    sql.execute("drop database if exists " + database + " with (force)");
                }
            }
        }
    }

    private static List<String> rows(Connection db, String query, long company) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(query)) {
            statement.setLong(1, company);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    values.add(row.getString(1));
                }
            }
        }
        return values;
    }
}
