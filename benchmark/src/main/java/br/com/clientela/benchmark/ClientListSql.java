package br.com.clientela.benchmark;

import br.com.clientela.clients.control.ClientSearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The SQL that EclipseLink issues for GET /api/v1/clients?q=...&page=0&size=20 (ClientService.search and
 * countMatching; read off PostgreSQL's statement log), run the same way: prepared, with bound parameters.
 */
final class ClientListSql {

    static final String PAGE = "SELECT ID, KIND, NAME, DOCUMENT, EMAIL, PHONE, STATUS, UPDATED_AT FROM CLIENT"
            + " WHERE ((DELETED_AT IS NULL) AND (COMPANY_ID = ?)) ORDER BY NAME, ID LIMIT ? OFFSET ?";
    static final String SEARCH_PAGE = "SELECT ID, KIND, NAME, DOCUMENT, EMAIL, PHONE, STATUS, UPDATED_AT FROM CLIENT"
            + " WHERE (((DELETED_AT IS NULL) AND SEARCH_TEXT LIKE ? ESCAPE E'\\\\') AND (COMPANY_ID = ?))"
            + " ORDER BY NAME, ID LIMIT ? OFFSET ?";
    static final String COUNT = "SELECT COUNT(ID) FROM CLIENT WHERE ((DELETED_AT IS NULL) AND (COMPANY_ID = ?))";
    static final String SEARCH_COUNT = "SELECT COUNT(ID) FROM CLIENT WHERE (((DELETED_AT IS NULL)"
            + " AND SEARCH_TEXT LIKE ? ESCAPE E'\\\\') AND (COMPANY_ID = ?))";

    private static final int SIZE = 20;

    private ClientListSql() {
    }

    /** The first page of 20 and the total, as the API reads them; returns the total. */
    static long run(Connection db, long companyId, String typed) throws SQLException {
        String pattern = pattern(typed);
        try (PreparedStatement page = db.prepareStatement(pattern == null ? PAGE : SEARCH_PAGE)) {
            int i = 1;
            if (pattern != null) {
                page.setString(i++, pattern);
            }
            page.setLong(i++, companyId);
            page.setInt(i++, SIZE);
            page.setInt(i, 0);
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    rows.getLong(1);
                }
            }
        }
        return count(db, companyId, typed);
    }

    static long count(Connection db, long companyId, String typed) throws SQLException {
        String pattern = pattern(typed);
        try (PreparedStatement count = db.prepareStatement(pattern == null ? COUNT : SEARCH_COUNT)) {
            int i = 1;
            if (pattern != null) {
                count.setString(i++, pattern);
            }
            count.setLong(i, companyId);
            try (ResultSet total = count.executeQuery()) {
                total.next();
                return total.getLong(1);
            }
        }
    }

    /** The LIKE pattern of ClientService for what was typed; null when there is nothing to search for. */
    static String pattern(String typed) {
        String q = ClientSearchText.query(typed);
        return q.isEmpty() ? null
                : "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
