package br.com.clientela.clients.control;

import jakarta.persistence.TypedQuery;
import java.util.regex.Pattern;

/**
 * What was typed in the search box of a list of quotes, orders or invoices: the document's own number ("12",
 * "nº 12"), words of the client's name, document, e-mail or phone, or a longer number that may be either. A number
 * of up to seven digits is the document's number only (see {@link ClientSearchWords#isDocumentNumber}); the three
 * lists ask the same question the same way.
 */
public final class DocumentSearch {

    private static final Pattern NUMBER_PREFIX = Pattern.compile("^(?i)(n[º°o.]?\\s*)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

    private final ClientSearchWords words;
    private final Long number;
    private final boolean numberOnly;

    private DocumentSearch(ClientSearchWords words, Long number, boolean numberOnly) {
        this.words = words;
        this.number = number;
        this.numberOnly = numberOnly;
    }

    public static DocumentSearch of(String typed) {
        ClientSearchWords words = ClientSearchWords.of(typed);
        String digits = typed == null ? "" : NUMBER_PREFIX.matcher(typed.strip()).replaceFirst("").strip();
        Long number = NUMBER.matcher(digits).matches() ? Long.valueOf(digits) : null;
        return new DocumentSearch(words, number, number != null && ClientSearchWords.isDocumentNumber(typed));
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * JPQL to append to a WHERE clause (" and …"), empty when nothing was typed.
     *
     * @param numberPath the document's number ("i.number")
     * @param clientText the client's search text ("c.searchText")
     */
    public String where(String numberPath, String clientText) {
        if (words.isEmpty()) {
            return "";
        }
        if (numberOnly) {
            return " and " + numberPath + " = :number";
        }
        String client = words.matching(clientText);
        return number == null ? " and " + client : " and (" + numberPath + " = :number or " + client + ")";
    }

    /** Binds what {@link #where} asked for. */
    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        if (words.isEmpty()) {
            return query;
        }
        if (!numberOnly) {
            words.bind(query);
        }
        if (number != null) {
            query.setParameter("number", number);
        }
        return query;
    }
}
