package br.com.clientela.orders.boundary;

import br.com.clientela.orders.entity.OrderType;
import br.com.clientela.shared.Versioned;

/** An order type as settings, choices and the API show it. */
public record OrderTypeRow(Long id, String name, int position, boolean active, Long version)
        implements Versioned {

    static OrderTypeRow of(OrderType type) {
        return new OrderTypeRow(type.getId(), type.getName(), type.getPosition(), type.isActive(),
                type.getVersion());
    }
}
