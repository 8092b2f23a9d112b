package br.com.clientela.invoices.boundary;

import br.com.clientela.invoices.entity.InvoiceStatus;
import java.time.LocalDate;

/**
 * What the invoice list is narrowed to; every part optional. {@code status} is the effective one (OVERDUE
 * included); {@code from}/{@code to} bound the issue date, both inclusive; {@code q} is an invoice number or
 * part of the client's name, document, phone or e-mail.
 */
public record InvoiceFilter(InvoiceStatus status, Long clientId, LocalDate from, LocalDate to, String q) {

    public static final InvoiceFilter ALL = new InvoiceFilter(null, null, null, null, null);
}
