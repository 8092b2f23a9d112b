package br.com.clientela.finances.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An open invoice in a client's financial summary: what is still due on it and whether it is past due. */
public record OpenInvoiceRow(Long id, long number, LocalDate dueDate, BigDecimal total, BigDecimal amountDue,
        boolean overdue) {

    public OpenInvoiceRow(Long id, long number, LocalDate dueDate, BigDecimal total, BigDecimal amountDue) {
        this(id, number, dueDate, total, amountDue, dueDate.isBefore(LocalDate.now()));
    }
}
