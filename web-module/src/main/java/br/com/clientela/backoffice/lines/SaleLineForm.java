package br.com.clientela.backoffice.lines;

import br.com.clientela.lines.boundary.LineInput;
import br.com.clientela.lines.entity.SaleLine;
import br.com.clientela.shared.money.Money;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What every line editor (quote, order, invoice) holds as typed: description, quantity (1 to start with), unit
 * price and discount, and the live total the page shows. Each editor adds how its catalog item is chosen; the
 * service checks the line again and computes the amounts that count.
 */
public abstract class SaleLineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String description;
    private BigDecimal quantity = BigDecimal.ONE;
    private BigDecimal unitPrice;
    private BigDecimal discount;

    /** The catalog item of the line, or null for a free line. */
    protected abstract Long catalogItemId();

    /** The line as the services take it. */
    public LineInput toInput() {
        return new LineInput(catalogItemId(), description, quantity, unitPrice, discount);
    }

    /** Fills the typed fields from a saved line; a zero discount shows as empty. */
    protected void fill(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount) {
        this.description = description;
        // 2.000 shows as 2 and 10.000 as 10 (not 1E+1, which stripTrailingZeros alone gives).
        BigDecimal stripped = quantity == null ? null : quantity.stripTrailingZeros();
        this.quantity = stripped == null || stripped.scale() >= 0 ? stripped : stripped.setScale(0);
        this.unitPrice = unitPrice;
        this.discount = discount == null || discount.signum() == 0 ? null : discount;
    }

    /** Quantity × price in cents, before the discount; zero while quantity or price are missing. */
    public BigDecimal getGross() {
        return quantity == null || unitPrice == null ? Money.ZERO : SaleLine.gross(quantity, unitPrice);
    }

    /** The gross less the discount, as the service will compute it. */
    public BigDecimal getTotal() {
        return getGross().subtract(discount == null ? Money.ZERO : Money.round(discount));
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public void setDiscount(BigDecimal discount) {
        this.discount = discount;
    }
}
