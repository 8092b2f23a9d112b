package br.com.clientela.benchmark;

import br.com.clientela.clients.boundary.ClientPage;
import br.com.clientela.clients.control.ClientSearchWords;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that EclipseLink issues for GET /api/v1/clients?q=...&page=0&size=20 (ClientService.list: the page,
 * one statement per rank of a name search until the page is full, the group names of its rows, the bounded count;
 * read off PostgreSQL's statement log), run the same way: prepared, with bound parameters.
 */
final class ClientListSql {

    private static final String ROW = "SELECT ID AS a1, KIND AS a2, NAME AS a3, DOCUMENT AS a4, EMAIL AS a5,"
            + " PHONE AS a6, STATUS AS a7, updated_at AS a8, default_fee AS a9 FROM CLIENT";
    static final String PAGE = ROW + " WHERE ((deleted_at IS NULL) AND (company_id = ?))"
            + " ORDER BY NAME ASC NULLS LAST, ID ASC LIMIT ? OFFSET ?";
    /** A page of a search (%s: the words, and a rank's condition, then the order). */
    static final String SEARCH_PAGE = ROW + " WHERE (((deleted_at IS NULL) AND %s) AND (company_id = ?))"
            + " ORDER BY %s LIMIT ? OFFSET ?";
    private static final String BY_NAME = "NAME ASC NULLS LAST, ID ASC";
    /** The first two ranks read the name-key index (ClientQuery.rankOrder). */
    private static final String BY_NAME_KEY = "name_key, ID";
    /** The group names of the page's clients, in one statement (the list's "groups" column). */
    static final String GROUPS = "SELECT t0.ID, t1.NAME FROM CLIENT t0, client_group_member t2, client_group t1"
            + " WHERE (((t0.ID IN (%s)) AND (t0.company_id = ?)) AND (((t2.client_id = t0.ID)"
            + " AND (t1.ID = t2.group_id)) AND (t1.company_id = ?))) ORDER BY t1.NAME";
    /** The total, counted up to ClientPage.countLimit by reading at most one id more. */
    static final String COUNT = "SELECT ID AS a1 FROM CLIENT WHERE ((deleted_at IS NULL) AND (company_id = ?))"
            + " LIMIT ? OFFSET ?";
    static final String SEARCH_COUNT = "SELECT ID AS a1 FROM CLIENT WHERE (((deleted_at IS NULL)"
            + " AND %s) AND (company_id = ?)) LIMIT ? OFFSET ?";
    private static final String LIKE = "search_text LIKE ? ESCAPE ?";
    /** The conditions of the ranks ClientService reads one after the other (ClientSearchWords.ranks). */
    private static final List<String> RANKS = List.of("(name_key >= ?) AND (name_key < ?) AND (name_key < ?)",
            "(name_key >= ?) AND (name_key < ?) AND (name_key >= ?)",
            "((name_key < ?) OR (name_key >= ?) OR (name_key IS NULL))");

    private static final int SIZE = 20;

    private ClientListSql() {
    }

    /**
     * The first page of 20 and the total as ClientService.list reads them: the ranks of a name search one after
     * the other until the page is full; a short page is the whole list; otherwise the matches are counted up to
     * ClientPage.countLimit. Returns the total.
     */
    static long run(Connection db, long companyId, String typed) throws SQLException {
        ClientSearchWords words = ClientSearchWords.of(typed);
        List<Long> ids = new ArrayList<>();
        if (words.isEmpty()) {
            page(db, PAGE, List.of(), companyId, SIZE, ids);
        } else if (words.rankBounds().isEmpty()) {
            page(db, String.format(SEARCH_PAGE, matching(words), BY_NAME), parameters(words), companyId, SIZE, ids);
        } else {
            List<String> bounds = words.rankBounds();
            List<List<String>> rankParameters = List.of(List.of(bounds.get(0), bounds.get(2), bounds.get(1)),
                    List.of(bounds.get(0), bounds.get(2), bounds.get(1)), List.of(bounds.get(0), bounds.get(2)));
            for (int r = 0; r < RANKS.size() && ids.size() < SIZE; r++) {
                ClientSearchWords checked = words.forRank(r);
                List<String> parameters = new ArrayList<>(parameters(checked));
                parameters.addAll(rankParameters.get(r));
                page(db, String.format(SEARCH_PAGE, (checked.isEmpty() ? "" : matching(checked) + " AND ")
                        + RANKS.get(r), r < 2 ? BY_NAME_KEY : BY_NAME), parameters, companyId, SIZE - ids.size(), ids);
            }
        }
        groups(db, companyId, ids);
        return ids.size() < SIZE ? ids.size() : count(db, companyId, words);
    }

    private static void page(Connection db, String sql, List<String> parameters, long companyId, int size,
            List<Long> ids) throws SQLException {
        try (PreparedStatement page = db.prepareStatement(sql)) {
            int i = 1;
            for (String parameter : parameters) {
                page.setString(i++, parameter);
            }
            page.setLong(i++, companyId);
            page.setInt(i++, size);
            page.setInt(i, 0);
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
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

    static long count(Connection db, long companyId, ClientSearchWords words) throws SQLException {
        try (PreparedStatement count = db.prepareStatement(words.isEmpty() ? COUNT
                : String.format(SEARCH_COUNT, matching(words)))) {
            int i = 1;
            for (String parameter : parameters(words)) {
                count.setString(i++, parameter);
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

    /** The words as EclipseLink writes ClientSearchWords.matching: each an OR of its patterns, all ANDed. */
    static String matching(ClientSearchWords words) {
        return String.join(" AND ", words.patterns().stream().map(word -> word.size() == 1 ? LIKE
                : "(" + String.join(" OR ", java.util.Collections.nCopies(word.size(), LIKE)) + ")").toList());
    }

    private static List<String> parameters(ClientSearchWords words) {
        List<String> parameters = new ArrayList<>();
        for (List<String> word : words.patterns()) {
            for (String pattern : word) {
                parameters.add(pattern);
                parameters.add("\\");
            }
        }
        return parameters;
    }
}
