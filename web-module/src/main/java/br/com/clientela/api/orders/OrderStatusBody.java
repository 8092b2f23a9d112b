package br.com.clientela.api.orders;

import br.com.clientela.payments.entity.PaymentMethod;

/** The body of POST /orders/{id}/status: the new status and, when it is a paid one, how the client paid. */
public record OrderStatusBody(Long statusId, PaymentMethod method) {
}
