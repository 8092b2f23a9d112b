package br.com.clientela.quotes.boundary;

import br.com.clientela.quotes.entity.QuoteStatus;

/**
 * What the quote list is narrowed by, each optional: a state, a client, and {@code q}, a quote number (all
 * digits) or part of the client's name (accents and case ignored).
 */
public record QuoteFilter(QuoteStatus status, Long clientId, String q) {

    public static QuoteFilter all() {
        return new QuoteFilter(null, null, null);
    }

    public static QuoteFilter ofClient(Long clientId) {
        return new QuoteFilter(null, clientId, null);
    }
}
