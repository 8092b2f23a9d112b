package br.com.clientela.orders.boundary;

import java.math.BigDecimal;

/** A client's orders in figures: how many, how many count as paid and what they add up to. */
public record OrderClientSummary(long orders, long paidOrders, BigDecimal paidTotal) {
}
