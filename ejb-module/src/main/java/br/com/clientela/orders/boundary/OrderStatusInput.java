package br.com.clientela.orders.boundary;

import br.com.clientela.orders.entity.OrderStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An order status as typed: its name and flags ({@code paid}: counts as paid; {@code closed}: no more changes);
 * a flag, {@code active} or {@code position} (1 = first) left out keeps its value (false for a new status).
 */
public record OrderStatusInput(
        @NotBlank(message = "{clientela.name.required}")
        @Size(max = OrderStatus.NAME_MAX, message = "{clientela.size.max}")
        String name,

        Boolean paid,

        Boolean closed,

        Boolean active,

        Integer position) {
}
