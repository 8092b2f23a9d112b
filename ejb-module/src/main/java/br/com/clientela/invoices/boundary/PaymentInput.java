package br.com.clientela.invoices.boundary;

import br.com.clientela.payments.entity.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment as typed: amount (more than zero, two decimals, at most what is due), method, the financial account
 * (empty: the method's default; WALLET always uses the clients' wallet account), the day it was paid (empty:
 * today) and the idempotency key that makes a resent request answer the first result.
 */
public record PaymentInput(BigDecimal amount, PaymentMethod method, Long accountId, LocalDate paidOn,
        String idempotencyKey) {
}
