package br.com.clientela.payments.boundary;

import br.com.clientela.payments.entity.PaymentMethod;
import java.math.BigDecimal;

/**
 * Fired in the transaction that records a payment from a client (an invoice payment, an order marked paid):
 * features that follow what clients pay, such as reward points per R$ paid, observe it. {@code source} says what
 * was paid (e.g. "INVOICE_PAYMENT") and {@code sourceId} its id, so an observer can make its effect idempotent.
 */
public record PaymentReceived(long clientId, BigDecimal amount, PaymentMethod method, String source, long sourceId) {
}
