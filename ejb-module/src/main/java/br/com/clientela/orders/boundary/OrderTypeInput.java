package br.com.clientela.orders.boundary;

import br.com.clientela.orders.entity.OrderType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An order type as typed: its name; {@code active} and {@code position} (1 = first) change only when given. */
public record OrderTypeInput(
        @NotBlank(message = "{clientela.name.required}")
        @Size(max = OrderType.NAME_MAX, message = "{clientela.size.max}")
        String name,

        Boolean active,

        Integer position) {
}
