package br.com.clientela.finances.boundary;

import br.com.clientela.payments.entity.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment received on one of the client's invoices, in their financial summary. */
public record RecentPaymentRow(Long invoiceId, long invoiceNumber, BigDecimal amount, PaymentMethod method,
        LocalDate paidOn) {
}
