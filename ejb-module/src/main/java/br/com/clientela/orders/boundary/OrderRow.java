package br.com.clientela.orders.boundary;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** An order in a list: built by a JPQL constructor query, no lines. */
public record OrderRow(Long id, long number, Long clientId, String clientName, Long typeId, String typeName,
        Long statusId, String statusName, boolean paid, boolean closed, BigDecimal itemCount, BigDecimal total,
        LocalDateTime createdAt) {
}
