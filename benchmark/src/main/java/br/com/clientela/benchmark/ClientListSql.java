package br.com.clientela.benchmark;

import br.com.clientela.clients.boundary.ClientPage;
import br.com.clientela.clients.control.ClientSearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that EclipseLink issues for GET /api/v1/clients?q=...&page=0&size=20 (ClientService.list: the page,
 * the group names of its rows, the bounded count; read off PostgreSQL's statement log), run the same way:
 * prepared, with bound parameters.
 */
final class ClientListSql {

    private static final String ROW = "SELECT ID AS a1, KIND AS a2, NAME AS a3, DOCUMENT AS a4, EMAIL AS a5,"
            + " PHONE AS a6, STATUS AS a7, updated_at AS a8, default_fee AS a9 FROM CLIENT";
    static final String PAGE = ROW + " WHERE ((deleted_at IS NULL) AND (company_id = ?))"
            + " ORDER BY NAME ASC NULLS LAST, ID ASC LIMIT ? OFFSET ?";
    static final String SEARCH_PAGE = ROW + " WHERE (((deleted_at IS NULL) AND search_text LIKE ? ESCAPE ?)"
            + " AND (company_id = ?)) ORDER BY NAME ASC NULLS LAST, ID ASC LIMIT ? OFFSET ?";
    /** The group names of the page's clients, in one statement (the list's "groups" column). */
    static final String GROUPS = "SELECT t0.ID, t1.NAME FROM CLIENT t0, client_group_member t2, client_group t1"
            + " WHERE (((t0.ID IN (%s)) AND (t0.company_id = ?)) AND (((t2.client_id = t0.ID)"
            + " AND (t1.ID = t2.group_id)) AND (t1.company_id = ?))) ORDER BY t1.NAME";
    /** The total, counted up to ClientPage.countLimit by reading at most one id more. */
    static final String COUNT = "SELECT ID AS a1 FROM CLIENT WHERE ((deleted_at IS NULL) AND (company_id = ?))"
            + " LIMIT ? OFFSET ?";
    static final String SEARCH_COUNT = "SELECT ID AS a1 FROM CLIENT WHERE (((deleted_at IS NULL)"
            + " AND search_text LIKE ? ESCAPE ?) AND (company_id = ?)) LIMIT ? OFFSET ?";

    private static final int SIZE = 20;

    private ClientListSql() {
    }

    /**
     * The first page of 20 and the total as ClientService.list reads them: a short page is the whole list;
     * otherwise the matches are counted up to ClientPage.countLimit. Returns the total.
     */
    static long run(Connection db, long companyId, String typed) throws SQLException {
        String pattern = pattern(typed);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement page = db.prepareStatement(pattern == null ? PAGE : SEARCH_PAGE)) {
            int i = 1;
            if (pattern != null) {
                page.setString(i++, pattern);
                page.setString(i++, "\\");
            }
            page.setLong(i++, companyId);
            page.setInt(i++, SIZE);
            page.setInt(i, 0);
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        groups(db, companyId, ids);
        return ids.size() < SIZE ? ids.size() : count(db, companyId, typed);
    }

    private static void groups(Connection db, long companyId, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        String placeholders = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement groups = db.prepareStatement(String.format(GROUPS, placeholders))) {
            int i = 1;
            for (Long id : ids) {
                groups.setLong(i++, id);
            }
            groups.setLong(i++, companyId);
            groups.setLong(i, companyId);
            try (ResultSet names = groups.executeQuery()) {
                while (names.next()) {
                    names.getString(2);
                }
            }
        }
    }

    static long count(Connection db, long companyId, String typed) throws SQLException {
        String pattern = pattern(typed);
        try (PreparedStatement count = db.prepareStatement(pattern == null ? COUNT : SEARCH_COUNT)) {
            int i = 1;
            if (pattern != null) {
                count.setString(i++, pattern);
                count.setString(i++, "\\");
            }
            count.setLong(i++, companyId);
            count.setInt(i++, (int) ClientPage.countLimit(0, SIZE) + 1);
            count.setInt(i, 0);
            long total = 0;
            try (ResultSet ids = count.executeQuery()) {
                while (ids.next()) {
                    ids.getLong(1);
                    total++;
                }
            }
            return total;
        }
    }

    /** The LIKE pattern of ClientService for what was typed; null when there is nothing to search for. */
    static String pattern(String typed) {
        String q = ClientSearchText.query(typed);
        return q.isEmpty() ? null
                : "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
