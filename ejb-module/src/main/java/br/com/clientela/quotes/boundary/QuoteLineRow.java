package br.com.clientela.quotes.boundary;

import br.com.clientela.lines.entity.SaleLine;
import java.math.BigDecimal;

/** One line of a quote as shown and answered: what, how many, at what price, less what discount, and its total. */
public record QuoteLineRow(Long catalogItemId, String description, BigDecimal quantity, BigDecimal unitPrice,
        BigDecimal discount, BigDecimal total) {

    public static QuoteLineRow of(SaleLine line) {
        return new QuoteLineRow(line.getCatalogItemId(), line.getDescription(), line.getQuantity(),
                line.getUnitPrice(), line.getDiscount(), line.getTotal());
    }
}
