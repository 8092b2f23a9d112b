package br.com.clientela.invoices.boundary;

import br.com.clientela.invoices.entity.InvoiceStatus;
import java.math.BigDecimal;

/**
 * The answer to a payment: the payment and where the invoice stands after it. {@code replayed} is true when the
 * idempotency key had already paid this same amount on this invoice and nothing moved now.
 */
public record PaymentResult(PaymentRow payment, InvoiceStatus invoiceStatus, BigDecimal amountPaid,
        BigDecimal amountDue, boolean replayed) {
}
