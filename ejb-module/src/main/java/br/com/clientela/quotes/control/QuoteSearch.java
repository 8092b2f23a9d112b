package br.com.clientela.quotes.control;

import br.com.clientela.clients.control.ClientSearchWords;
import br.com.clientela.clients.control.DocumentSearch;
import br.com.clientela.quotes.boundary.QuoteFilter;
import jakarta.persistence.TypedQuery;

/**
 * The conditions of the quote list, appended to a query over {@code Quote q, Client c where c.id = q.clientId}:
 * state, client, and a typed text matched against the quote number (see {@link DocumentSearch}) or the client, word by
 * word as every client search ({@link ClientSearchWords}). Tenancy adds the company; nothing here names it.
 */
public final class QuoteSearch {

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
        jpql.append(DocumentSearch.of(filter.q()).where("q.number", "c.searchText"));
        return jpql.toString();
    }

    public static <T> TypedQuery<T> bind(TypedQuery<T> query, QuoteFilter filter) {
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.clientId() != null) {
            query.setParameter("client", filter.clientId());
        }
        return DocumentSearch.of(filter.q()).bind(query);
    }
}
