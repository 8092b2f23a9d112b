package br.com.clientela.benchmark;

import br.com.clientela.benchmark.FakeClients.FakeClient;
import br.com.clientela.clients.control.ClientSearchText;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes N generated clients (and their main addresses) into a company of a Clientela PostgreSQL database, with
 * COPY. Ids come from the application's own sequences, a block of 50 per nextval as EclipseLink takes them, so
 * the running application never hands out a generated id again. For large runs the client and address
 * indexes that are not constraints are dropped and re-created with their own definitions in the same
 * transaction (building a trigram index once is far cheaper than a million insertions into it); a failure
 * rolls everything back. Runs append: the n-th client of a company is numbered after those it has already.
 *
 * <p>Settings (system properties): jdbc.url, jdbc.user, jdbc.password, company (slug), clients (N), addresses
 * (true|false), seed.
 */
public final class GenerateClients {

    private static final int BLOCK = 50;
    private static final int FLUSH_BYTES = 1 << 20;
    private static final int REBUILD_INDEXES_FROM = 100_000;

    private GenerateClients() {
    }

    public static void main(String[] args) throws SQLException {
        int count = Integer.parseInt(System.getProperty("clients", "1000000"));
        boolean addresses = Boolean.parseBoolean(System.getProperty("addresses", "true"));
        String slug = System.getProperty("company", "bench");
        FakeClients fakes = new FakeClients(Long.parseLong(System.getProperty("seed", "2026")));
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(System.getProperty("jdbc.url"),
                System.getProperty("jdbc.user", "postgres"), System.getProperty("jdbc.password", ""))) {
            db.setAutoCommit(false);
            long companyId = companyId(db, slug);
            long first = scalar(db, "select count(*) from client where company_id = " + companyId);
            long[] clientIds = ids(db, "client_seq", count);
            long[] addressIds = addresses ? ids(db, "address_seq", count) : new long[0];
            List<String> indexes = new ArrayList<>();
            if (count >= REBUILD_INDEXES_FROM) {
                indexes.addAll(dropIndexes(db, "client"));
                indexes.addAll(dropIndexes(db, "address"));
            }
            copy(db, fakes, companyId, first, clientIds, addressIds);
            long copied = System.nanoTime();
            System.out.printf(Locale.ROOT, "COPY of %,d clients%s: %.1f s%n", count, addresses ? " and addresses" : "",
                    (copied - started) / 1e9);
            try (Statement sql = db.createStatement()) {
                sql.execute("set local maintenance_work_mem = '256MB'");
                for (String index : indexes) {
                    sql.execute(index);
                }
            }
            db.commit();
            System.out.printf(Locale.ROOT, "indexes re-created: %.1f s%n", (System.nanoTime() - copied) / 1e9);
            db.setAutoCommit(true);
            long analysed = System.nanoTime();
            try (Statement sql = db.createStatement()) {
                // What autovacuum would do soon anyway: statistics for the planner, visibility map for counts.
                sql.execute("vacuum (analyze) client");
                sql.execute("vacuum (analyze) address");
            }
            System.out.printf(Locale.ROOT, "vacuum analyze: %.1f s%n", (System.nanoTime() - analysed) / 1e9);
        }
        System.out.printf(Locale.ROOT, "%,d clients generated into company '%s' in %.1f s%n", count, slug,
                (System.nanoTime() - started) / 1e9);
    }

    private static long companyId(Connection db, String slug) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select id from company where slug = ?")) {
            query.setString(1, slug);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("No company with slug '" + slug
                            + "': create it first (CLIENTELA_SETUP_COMPANY_SLUG, see README)");
                }
                return row.getLong(1);
            }
        }
    }

    /** N ids from blocks of 50 taken with nextval, as EclipseLink does (each value is the last id of its block). */
    static long[] ids(Connection db, String sequence, int count) throws SQLException {
        long[] ids = new long[count];
        int blocks = (count + BLOCK - 1) / BLOCK;
        try (Statement sql = db.createStatement();
                ResultSet values = sql.executeQuery("select nextval('" + sequence + "') from generate_series(1, "
                        + blocks + ")")) {
            int i = 0;
            while (values.next() && i < count) {
                long last = values.getLong(1);
                for (long id = last - BLOCK + 1; id <= last && i < count; id++) {
                    ids[i++] = id;
                }
            }
        }
        return ids;
    }

    /** Drops the table's indexes that back no constraint; returns the statements that re-create them. */
    private static List<String> dropIndexes(Connection db, String table) throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select i.indexname, i.indexdef from pg_indexes i"
                + " where i.schemaname = current_schema() and i.tablename = ?"
                + " and not exists (select 1 from pg_constraint c where c.conname = i.indexname)")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                    definitions.add(rows.getString(2));
                }
            }
        }
        try (Statement sql = db.createStatement()) {
            for (String name : names) {
                sql.execute("drop index " + name);
            }
        }
        return definitions;
    }

    /** Clients first, then (a second pass over the same reproducible clients) their addresses. */
    private static void copy(Connection db, FakeClients fakes, long companyId, long first, long[] clientIds,
            long[] addressIds) throws SQLException {
        PGConnection pg = db.unwrap(PGConnection.class);
        CopyIn clients = pg.getCopyAPI().copyIn("copy client (id, company_id, kind, name, trade_name, document,"
                + " email, phone, birth_date, status, search_text, name_key, email_key, deleted_at, created_at,"
                + " updated_at, version) from stdin");
        StringBuilder rows = new StringBuilder(FLUSH_BYTES + 4096);
        for (int i = 0; i < clientIds.length; i++) {
            FakeClient c = fakes.client(first + i);
            row(rows, clientIds[i], companyId, c.kind(), c.name(), c.tradeName(), c.document(), c.email(),
                    c.phone(), c.birthDate(), c.status(), c.searchText(), ClientSearchText.nameKey(c.name()),
                    c.email() == null ? null : c.email().trim().toLowerCase(Locale.ROOT), c.deletedAt(), c.createdAt(),
                    c.updatedAt(), 0);
            if (rows.length() >= FLUSH_BYTES) {
                write(clients, rows);
            }
        }
        write(clients, rows);
        clients.endCopy();
        if (addressIds.length == 0) {
            return;
        }
        CopyIn addresses = pg.getCopyAPI().copyIn("copy address (id, company_id, client_id, type, postal_code,"
                + " street, street_number, complement, district, city, state, active, version) from stdin");
        for (int i = 0; i < clientIds.length; i++) {
            FakeClient c = fakes.client(first + i);
            row(rows, addressIds[i], companyId, clientIds[i], "MAIN", c.postalCode(), c.street(), c.number(),
                    c.complement(), c.district(), c.city(), c.state(), "t", 0);
            if (rows.length() >= FLUSH_BYTES) {
                write(addresses, rows);
            }
        }
        write(addresses, rows);
        addresses.endCopy();
    }

    private static void write(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    /** One line of COPY's text format: tab-separated, \N for null, backslash escaped. */
    static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                out.append("\\N");
            } else {
                String text = value.toString();
                for (int k = 0; k < text.length(); k++) {
                    char ch = text.charAt(k);
                    switch (ch) {
                        case '\\' -> out.append("\\\\");
                        case '\t' -> out.append("\\t");
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        default -> out.append(ch);
                    }
                }
            }
        }
        out.append('\n');
    }

    private static long scalar(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
