package br.com.clientela.orders.boundary;

import br.com.clientela.lines.entity.SaleLine;
import java.math.BigDecimal;

/** One line of an order as pages and the API show it. */
public record OrderLineRow(Long catalogItemId, String description, BigDecimal quantity, BigDecimal unitPrice,
        BigDecimal discount, BigDecimal total) {

    static OrderLineRow of(SaleLine line) {
        return new OrderLineRow(line.getCatalogItemId(), line.getDescription(), line.getQuantity(),
                line.getUnitPrice(), line.getDiscount(), line.getTotal());
    }
}
