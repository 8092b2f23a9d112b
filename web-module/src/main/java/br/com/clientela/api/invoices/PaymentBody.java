package br.com.clientela.api.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The body of POST /invoices/{id}/payments: {"amount": 50.00, "method": "PIX", "accountId": 3, "paidOn":
 * "2026-11-26"}. The method is text so an unknown one gets a pt-BR 422 on its field.
 */
public record PaymentBody(BigDecimal amount, String method, Long accountId, LocalDate paidOn) {
}
