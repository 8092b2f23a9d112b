package br.com.clientela.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The PostgreSQL the system tests run against: a fresh database created for this run on the server named by
 * CLIENTELA_TEST_JDBC_URL (user and password in CLIENTELA_TEST_DB_USER / CLIENTELA_TEST_DB_PASSWORD, or in
 * the URL), dropped at the end; without that variable, an embedded PostgreSQL started here.
 */
final class TestDatabase implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final Runnable cleanup;

    private TestDatabase(String url, String user, String password, Runnable cleanup) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.cleanup = cleanup;
    }

    static TestDatabase start() {
        String serverUrl = System.getenv("CLIENTELA_TEST_JDBC_URL");
        return serverUrl == null || serverUrl.isBlank() ? embedded() : freshDatabaseOn(serverUrl);
    }

    private static TestDatabase freshDatabaseOn(String serverUrl) {
        String user = envOr("CLIENTELA_TEST_DB_USER", "postgres");
        String password = envOr("CLIENTELA_TEST_DB_PASSWORD", "");
        String name = "clientela_it_" + System.currentTimeMillis();
        try (Connection admin = DriverManager.getConnection(serverUrl, credentials(user, password));
                Statement sql = admin.createStatement()) {
            sql.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database on " + serverUrl
                    + " (CLIENTELA_TEST_JDBC_URL). Is PostgreSQL running there and may " + user + " create databases?",
                    e);
        }
        String url = withDatabase(serverUrl, name);
        return new TestDatabase(url, user, password, () -> drop(serverUrl, user, password, name));
    }

    private static TestDatabase embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", () -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not start an embedded PostgreSQL. "
                    + "Point the tests at a PostgreSQL server instead: CLIENTELA_TEST_JDBC_URL="
                    + "jdbc:postgresql://127.0.0.1:5432/postgres (see README, 'Testes').", e);
        }
    }

    /** Replaces the database name of a jdbc:postgresql://host:port/name?params URL. */
    static String withDatabase(String jdbcUrl, String database) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return "jdbc:" + uri.getScheme() + "://" + uri.getHost() + port + "/" + database + query;
    }

    private static void drop(String serverUrl, String user, String password, String name) {
        try (Connection admin = DriverManager.getConnection(serverUrl, credentials(user, password));
                Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop test database " + name, e);
        }
    }

    private static Properties credentials(String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return properties;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, credentials(user, password));
    }

    @Override
    public void close() {
        cleanup.run();
    }
}
