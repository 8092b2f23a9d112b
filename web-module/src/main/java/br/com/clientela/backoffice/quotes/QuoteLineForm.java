package br.com.clientela.backoffice.quotes;

import br.com.clientela.lines.boundary.LineInput;
import br.com.clientela.lines.entity.SaleLine;
import br.com.clientela.quotes.boundary.QuoteLineRow;
import br.com.clientela.shared.money.Money;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of the quote editor: an optional catalog item (choosing it fills description and price), or a free
 * line, with quantity, unit price and discount. Its total is shown as typed; the service computes it again.
 */
public class QuoteLineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private CatalogChoice item;
    private String description;
    private BigDecimal quantity = BigDecimal.ONE;
    private BigDecimal unitPrice;
    private BigDecimal discount;

    static QuoteLineForm of(QuoteLineRow line) {
        QuoteLineForm form = new QuoteLineForm();
        if (line.catalogItemId() != null) {
            form.item = new CatalogChoice(line.catalogItemId(), line.description(), line.unitPrice());
        }
        form.description = line.description();
        form.quantity = line.quantity().stripTrailingZeros();
        form.unitPrice = line.unitPrice();
        form.discount = line.discount().signum() == 0 ? null : line.discount();
        return form;
    }

    LineInput toInput() {
        return new LineInput(item == null ? null : item.id(), description, quantity, unitPrice, discount);
    }

    /** The catalog item was chosen: its name and price fill the line (the person may still change them). */
    public void itemChosen() {
        if (item != null) {
            description = item.name();
            unitPrice = item.unitPrice();
        }
    }

    /** Quantity × price in cents, less the discount; zero while quantity or price are missing. */
    public BigDecimal getGross() {
        return quantity == null || unitPrice == null ? Money.ZERO : SaleLine.gross(quantity, unitPrice);
    }

    public BigDecimal getTotal() {
        return getGross().subtract(discount == null ? Money.ZERO : Money.round(discount));
    }

    public CatalogChoice getItem() {
        return item;
    }

    public void setItem(CatalogChoice item) {
        this.item = item;
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

    /** A catalog item offered by the line's search. */
    public record CatalogChoice(Long id, String name, BigDecimal unitPrice) implements Serializable {
    }
}
