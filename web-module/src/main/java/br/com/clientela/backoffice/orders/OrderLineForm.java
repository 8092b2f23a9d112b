package br.com.clientela.backoffice.orders;

import br.com.clientela.lines.boundary.LineInput;
import br.com.clientela.lines.entity.SaleLine;
import br.com.clientela.orders.boundary.OrderLineRow;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of the order form as typed: a catalog item (its id, chosen in the description's suggestions) or a free
 * description, quantity, unit price and discount. The service checks it; the page only shows its total live.
 */
public class OrderLineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long catalogItemId;
    private String description;
    private BigDecimal quantity = BigDecimal.ONE;
    private BigDecimal unitPrice;
    private BigDecimal discount;

    static OrderLineForm of(OrderLineRow row) {
        OrderLineForm line = new OrderLineForm();
        line.catalogItemId = row.catalogItemId();
        line.description = row.description();
        line.quantity = row.quantity();
        line.unitPrice = row.unitPrice();
        line.discount = row.discount() == null || row.discount().signum() == 0 ? null : row.discount();
        return line;
    }

    LineInput toInput() {
        return new LineInput(catalogItemId, description, quantity, unitPrice, discount);
    }

    /**
     * The line's amounts as they would be saved, or null while quantity or price is missing or not a valid amount
     * yet. The description does not matter for the amounts (and is only sent with the whole form).
     */
    SaleLine preview() {
        if (unitPrice == null || quantity == null || quantity.signum() <= 0 || unitPrice.signum() < 0) {
            return null;
        }
        try {
            SaleLine line = new SaleLine(catalogItemId, "—", quantity, unitPrice, discount);
            return line.getTotal().signum() < 0 ? null : line;
        } catch (ArithmeticException tooPrecise) {
            return null;
        }
    }

    /** The line's total for the page, or null while it cannot be computed. */
    public BigDecimal getTotal() {
        SaleLine line = preview();
        return line == null ? null : line.getTotal();
    }

    public boolean isFromCatalog() {
        return catalogItemId != null;
    }

    void choose(Long itemId, String name, BigDecimal price) {
        this.catalogItemId = itemId;
        this.description = name;
        this.unitPrice = price == null ? null : price.setScale(2, RoundingMode.UNNECESSARY);
    }

    public Long getCatalogItemId() {
        return catalogItemId;
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
