package br.com.clientela.invoices.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An open invoice past due, as the overdue alert describes it (read by a JPQL constructor query). */
public record OverdueInvoice(Long clientId, Long invoiceId, long number, LocalDate dueDate, BigDecimal total,
        BigDecimal amountPaid) {

    public BigDecimal amountDue() {
        return total.subtract(amountPaid);
    }
}
