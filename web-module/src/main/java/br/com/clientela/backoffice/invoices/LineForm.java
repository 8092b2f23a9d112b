package br.com.clientela.backoffice.invoices;

import br.com.clientela.lines.boundary.LineInput;
import br.com.clientela.lines.entity.SaleLine;
import br.com.clientela.shared.money.Money;
import java.io.Serializable;
import java.math.BigDecimal;

/** One line of the invoice being typed: a catalog item or free text, with its live total. */
public class LineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long catalogItemId;
    private String description;
    private BigDecimal quantity = BigDecimal.ONE;
    private BigDecimal unitPrice;
    private BigDecimal discount;

    /** Quantity × price less the discount, as the service will compute it; zero while incomplete. */
    public BigDecimal getTotal() {
        return getGross().subtract(discount == null ? Money.ZERO : discount);
    }

    public BigDecimal getGross() {
        if (quantity == null || unitPrice == null) {
            return Money.ZERO;
        }
        return SaleLine.gross(quantity, unitPrice);
    }

    LineInput input() {
        return new LineInput(catalogItemId, description, quantity, unitPrice, discount);
    }

    public Long getCatalogItemId() {
        return catalogItemId;
    }

    public void setCatalogItemId(Long catalogItemId) {
        this.catalogItemId = catalogItemId;
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
