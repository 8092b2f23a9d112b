package br.com.clientela.clients.boundary;

/** What a bulk action did: how many clients it reached and how many of them it actually changed. */
public record BulkResult(BulkAction action, long matched, long changed) {
}
