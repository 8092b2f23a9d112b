package br.com.clientela.invoices.boundary;

import br.com.clientela.invoices.entity.Invoice;
import br.com.clientela.invoices.entity.InvoiceStatus;
import br.com.clientela.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One invoice of the list, with its effective status (OVERDUE derived) and what is still due. */
public record InvoiceRow(Long id, long number, Long clientId, String clientName, LocalDate issueDate,
        LocalDate dueDate, BigDecimal total, BigDecimal amountPaid, BigDecimal amountDue, InvoiceStatus status) {

    /** For the JPQL constructor query: the stored status, made effective as of today. */
    public InvoiceRow(Long id, long number, Long clientId, String clientName, LocalDate issueDate, LocalDate dueDate,
            BigDecimal total, BigDecimal amountPaid, InvoiceStatus stored) {
        this(id, number, clientId, clientName, issueDate, dueDate, total, amountPaid,
                stored == InvoiceStatus.CANCELLED ? Money.ZERO : total.subtract(amountPaid),
                Invoice.effective(stored, dueDate, LocalDate.now()));
    }
}
