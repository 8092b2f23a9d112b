package br.com.clientela.orders.boundary;

import br.com.clientela.orders.entity.OrderStatus;
import br.com.clientela.shared.Versioned;

/** An order status as settings, choices and the API show it. */
public record OrderStatusRow(Long id, String name, int position, boolean paid, boolean closed, boolean active,
        Long version) implements Versioned {

    static OrderStatusRow of(OrderStatus status) {
        return new OrderStatusRow(status.getId(), status.getName(), status.getPosition(), status.isPaid(),
                status.isClosed(), status.isActive(), status.getVersion());
    }
}
