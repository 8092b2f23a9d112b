package br.com.clientela.backoffice.orders;

import br.com.clientela.backoffice.lines.SaleLineForm;
import br.com.clientela.lines.entity.SaleLine;
import br.com.clientela.orders.boundary.OrderLineRow;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of the order form as typed: a catalog item (its id, chosen in the description's suggestions) or a free
 * description, quantity, unit price and discount. The service checks it; the page only shows its total live.
 */
public class OrderLineForm extends SaleLineForm {

    private static final long serialVersionUID = 1L;

    private Long catalogItemId;

    static OrderLineForm of(OrderLineRow row) {
        OrderLineForm line = new OrderLineForm();
        line.catalogItemId = row.catalogItemId();
        line.fill(row.description(), row.quantity(), row.unitPrice(), row.discount());
        return line;
    }

    @Override
    protected Long catalogItemId() {
        return catalogItemId;
    }

    /**
     * The line's amounts as they would be saved, or null while quantity or price is missing or not a valid amount
     * yet. The description does not matter for the amounts (and is only sent with the whole form).
     */
    SaleLine preview() {
        BigDecimal unitPrice = getUnitPrice();
        BigDecimal quantity = getQuantity();
        if (unitPrice == null || quantity == null || quantity.signum() <= 0 || unitPrice.signum() < 0) {
            return null;
        }
        try {
            SaleLine line = new SaleLine(catalogItemId, "—", quantity, unitPrice, getDiscount());
            return line.getTotal().signum() < 0 ? null : line;
        } catch (ArithmeticException tooPrecise) {
            return null;
        }
    }

    /** The line's total for the page, or null while it cannot be computed. */
    @Override
    public BigDecimal getTotal() {
        SaleLine line = preview();
        return line == null ? null : line.getTotal();
    }

    public boolean isFromCatalog() {
        return catalogItemId != null;
    }

    void choose(Long itemId, String name, BigDecimal price) {
        this.catalogItemId = itemId;
        setDescription(name);
        setUnitPrice(price == null ? null : price.setScale(2, RoundingMode.UNNECESSARY));
    }

    public Long getCatalogItemId() {
        return catalogItemId;
    }
}
