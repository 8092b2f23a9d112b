package br.com.clientela.lines.entity;

import br.com.clientela.shared.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of a quote, order or invoice (item): what was sold, how many, at what unit price, less a discount in
 * reais. The line total is computed once, when the line is made, and stored, so a document keeps the amounts it
 * was issued with even when the catalog price changes later. {@code catalogItemId} is null for a free-text line.
 */
@Embeddable
public class SaleLine {

    public static final int DESCRIPTION_MAX = 200;
    public static final int QUANTITY_SCALE = 3;

    @Column(name = "catalog_item_id")
    private Long catalogItemId;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false, precision = 12, scale = QUANTITY_SCALE)
    private BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal discount;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal total;

    protected SaleLine() {
    }

    /** Amounts must already be checked (see {@code SaleLines}); the total is quantity × price − discount. */
    public SaleLine(Long catalogItemId, String description, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal discount) {
        this.catalogItemId = catalogItemId;
        this.description = description;
        this.quantity = quantity.setScale(QUANTITY_SCALE, RoundingMode.UNNECESSARY);
        this.unitPrice = unitPrice.setScale(Money.SCALE, RoundingMode.UNNECESSARY);
        this.discount = (discount == null ? Money.ZERO : discount).setScale(Money.SCALE, RoundingMode.UNNECESSARY);
        this.total = gross(quantity, unitPrice).subtract(this.discount);
    }

    /** Quantity × unit price brought to cents (HALF_EVEN), before the discount. */
    public static BigDecimal gross(BigDecimal quantity, BigDecimal unitPrice) {
        return Money.round(quantity.multiply(unitPrice));
    }

    /** A copy for another document (a quote converted into an invoice keeps its lines as they were). */
    public SaleLine copy() {
        return new SaleLine(catalogItemId, description, quantity, unitPrice, discount);
    }

    public BigDecimal getGross() {
        return gross(quantity, unitPrice);
    }

    public Long getCatalogItemId() {
        return catalogItemId;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public BigDecimal getTotal() {
        return total;
    }
}
