package br.com.clientela.api.quotes;

/** The body of POST /quotes/{id}/reject: {"reason": "Achou caro"}; the reason is optional. */
public record QuoteRejectionBody(String reason) {
}
