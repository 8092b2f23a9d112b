package br.com.clientela.orders.boundary;

import java.time.LocalDateTime;

/** One change of an order's status: from (null at creation) and to, with the statuses' current names. */
public record OrderStatusChangeRow(Long fromStatusId, String fromStatusName, Long toStatusId, String toStatusName,
        String actor, LocalDateTime at) {
}
