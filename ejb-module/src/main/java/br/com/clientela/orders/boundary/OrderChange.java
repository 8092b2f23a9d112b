package br.com.clientela.orders.boundary;

import br.com.clientela.lines.boundary.LineInput;
import br.com.clientela.orders.entity.SalesOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * New details of an order: its type (null keeps it), notes and lines (the lines replace the old ones). The status
 * changes on its own, with its history (see {@code OrderService.changeStatus}).
 */
public record OrderChange(
        Long typeId,

        @Size(max = SalesOrder.NOTES_MAX, message = "{clientela.size.max}")
        String notes,

        List<@Valid LineInput> lines) {
}
