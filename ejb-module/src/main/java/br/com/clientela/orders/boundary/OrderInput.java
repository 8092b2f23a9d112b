package br.com.clientela.orders.boundary;

import br.com.clientela.lines.boundary.LineInput;
import br.com.clientela.orders.entity.SalesOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new order as typed: the client, optionally its type (default: the company's first active type) and status
 * (default: the first active status), notes, the lines (catalog or free) and, for a quote converted into an order,
 * the quote's id and number.
 */
public record OrderInput(
        @NotNull(message = "{clientela.order.client.required}")
        Long clientId,

        Long typeId,

        Long statusId,

        @Size(max = SalesOrder.NOTES_MAX, message = "{clientela.size.max}")
        String notes,

        List<@Valid LineInput> lines,

        Long sourceQuoteId,

        Long sourceQuoteNumber) {

    /** An order of the company's default type and status, with no quote behind it. */
    public static OrderInput of(Long clientId, String notes, List<LineInput> lines) {
        return new OrderInput(clientId, null, null, notes, lines, null, null);
    }
}
