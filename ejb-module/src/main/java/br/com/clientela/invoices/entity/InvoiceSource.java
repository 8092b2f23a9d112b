package br.com.clientela.invoices.entity;

/** What an invoice was made from, when it was not typed from scratch. */
public enum InvoiceSource {
    QUOTE, ORDER
}
