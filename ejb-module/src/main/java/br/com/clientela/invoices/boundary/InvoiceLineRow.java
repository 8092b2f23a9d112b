package br.com.clientela.invoices.boundary;

import br.com.clientela.lines.entity.SaleLine;
import java.math.BigDecimal;

/** A line of an invoice as issued. */
public record InvoiceLineRow(Long catalogItemId, String description, BigDecimal quantity, BigDecimal unitPrice,
        BigDecimal discount, BigDecimal total) {

    static InvoiceLineRow of(SaleLine line) {
        return new InvoiceLineRow(line.getCatalogItemId(), line.getDescription(), line.getQuantity(),
                line.getUnitPrice(), line.getDiscount(), line.getTotal());
    }
}
