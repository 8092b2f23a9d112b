package br.com.clientela.payments.boundary;

import java.math.BigDecimal;

/**
 * Fired in the transaction that gives a payment back (estorno): what the client paid goes down by
 * {@code amount}. {@code source}/{@code sourceId} name the payment as {@link PaymentReceived} did.
 */
public record PaymentRefunded(long clientId, BigDecimal amount, String source, long sourceId) {
}
