package br.com.clientela.invoices.entity;

/**
 * Where an invoice (fatura) stands. PENDING, PARTIALLY_PAID, PAID and CANCELLED are stored; OVERDUE is never
 * stored but derived when an open invoice (PENDING or PARTIALLY_PAID) is past its due date, so no job has to
 * flip it at midnight and a late payment needs no "un-overdue" step. Rows, details and filters show the
 * effective status (see {@link Invoice#effectiveStatus}).
 */
public enum InvoiceStatus {
    PENDING, PARTIALLY_PAID, PAID, OVERDUE, CANCELLED;

    /** Still waiting for money: PENDING or PARTIALLY_PAID (and so OVERDUE once past due). */
    public boolean isOpen() {
        return this == PENDING || this == PARTIALLY_PAID || this == OVERDUE;
    }
}
