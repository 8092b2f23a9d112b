package br.com.clientela.api.invoices;

/** The body of POST /invoices/{id}/cancel: {"reason": "..."}. */
public record CancelBody(String reason) {
}
