package br.com.clientela.quotes.control;

import br.com.clientela.clients.control.ClientSearchWords;
import br.com.clientela.quotes.boundary.QuoteFilter;
import jakarta.persistence.TypedQuery;
import java.util.regex.Pattern;

/**
 * The conditions of the quote list, appended to a query over {@code Quote q, Client c where c.id = q.clientId}:
 * state, client, and a typed text matched against the quote number (when it is all digits) or the client, word by
 * word as every client search ({@link ClientSearchWords}). Tenancy adds the company; nothing here names it.
 */
public final class QuoteSearch {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

    private QuoteSearch() {
    }

    public static String where(QuoteFilter filter) {
        StringBuilder jpql = new StringBuilder();
        if (filter.status() != null) {
            jpql.append(" and q.status = :status");
        }
        if (filter.clientId() != null) {
            jpql.append(" and q.clientId = :client");
        }
        ClientSearchWords words = ClientSearchWords.of(filter.q());
        if (!words.isEmpty()) {
            jpql.append(isNumber(filter.q()) && ClientSearchWords.isDocumentNumber(filter.q()) ? " and q.number = :number"
                    : isNumber(filter.q()) ? " and (q.number = :number or " + words.matching("c.searchText") + ")"
                    : " and " + words.matching("c.searchText"));
        }
        return jpql.toString();
    }

    public static <T> TypedQuery<T> bind(TypedQuery<T> query, QuoteFilter filter) {
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.clientId() != null) {
            query.setParameter("client", filter.clientId());
        }
        ClientSearchWords words = ClientSearchWords.of(filter.q());
        if (!words.isEmpty()) {
            if (!(isNumber(filter.q()) && ClientSearchWords.isDocumentNumber(filter.q()))) {
                words.bind(query);
            }
            if (isNumber(filter.q())) {
                query.setParameter("number", Long.parseLong(filter.q().strip()));
            }
        }
        return query;
    }

    private static boolean isNumber(String q) {
        return q != null && NUMBER.matcher(q.strip()).matches();
    }

}
