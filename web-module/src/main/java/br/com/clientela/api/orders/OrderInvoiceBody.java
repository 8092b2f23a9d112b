package br.com.clientela.api.orders;

import java.time.LocalDate;

/** The body of POST /orders/{id}/invoice: the invoice's due date, optional (the client's payment term). */
public record OrderInvoiceBody(LocalDate dueDate) {
}
