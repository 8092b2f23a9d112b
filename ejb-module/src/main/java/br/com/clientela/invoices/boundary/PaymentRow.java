package br.com.clientela.invoices.boundary;

import br.com.clientela.payments.entity.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A payment of an invoice: what, how, when, into which account and who registered it; when it was given back
 * (estorno), when, by whom and why.
 */
public record PaymentRow(Long id, Long invoiceId, BigDecimal amount, PaymentMethod method, LocalDate paidOn,
        Long accountId, String accountName, String actor, LocalDateTime at, LocalDateTime refundedAt,
        String refundedBy, String refundReason) {

    public boolean refunded() {
        return refundedAt != null;
    }
}
