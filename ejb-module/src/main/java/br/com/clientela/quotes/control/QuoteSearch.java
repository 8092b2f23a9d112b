package br.com.clientela.quotes.control;

import br.com.clientela.clients.control.ClientSearchText;
import br.com.clientela.quotes.boundary.QuoteFilter;
import jakarta.persistence.TypedQuery;
import java.util.regex.Pattern;

/**
 * The conditions of the quote list, appended to a query over {@code Quote q, Client c where c.id = q.clientId}:
 * state, client, and a typed text matched against the quote number (when it is all digits) or the client's
 * name without accents or case. Tenancy adds the company; nothing here names it.
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
        String text = searchText(filter.q());
        if (!text.isEmpty()) {
            jpql.append(isNumber(filter.q()) ? " and (q.number = :number or c.nameKey like :text)"
                    : " and c.nameKey like :text");
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
        String text = searchText(filter.q());
        if (!text.isEmpty()) {
            query.setParameter("text", "%" + text.replace("\\", "").replace("%", "").replace("_", "") + "%");
            if (isNumber(filter.q())) {
                query.setParameter("number", Long.parseLong(filter.q().strip()));
            }
        }
        return query;
    }

    private static String searchText(String q) {
        String key = q == null ? null : ClientSearchText.nameKey(q);
        return key == null ? "" : key;
    }

    private static boolean isNumber(String q) {
        return q != null && NUMBER.matcher(q.strip()).matches();
    }

}
