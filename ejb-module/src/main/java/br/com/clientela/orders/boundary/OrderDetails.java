package br.com.clientela.orders.boundary;

import br.com.clientela.shared.Versioned;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** An order with its lines and the history of its status, newest change first. */
public record OrderDetails(Long id, long number, Long clientId, String clientName, Long typeId, String typeName,
        Long statusId, String statusName, boolean paid, boolean closed, List<OrderLineRow> lines,
        BigDecimal itemCount, BigDecimal gross, BigDecimal discount, BigDecimal total, String notes,
        Long sourceQuoteId, Long sourceQuoteNumber, LocalDateTime createdAt, String createdBy,
        LocalDateTime updatedAt, LocalDateTime paidAt, List<OrderStatusChangeRow> history,
        Long version) implements Versioned {
}
