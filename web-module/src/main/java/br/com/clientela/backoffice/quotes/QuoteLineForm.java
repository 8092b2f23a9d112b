package br.com.clientela.backoffice.quotes;

import br.com.clientela.backoffice.lines.SaleLineForm;
import br.com.clientela.quotes.boundary.QuoteLineRow;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of the quote editor: an optional catalog item (choosing it fills description and price), or a free
 * line, with quantity, unit price and discount. Its total is shown as typed; the service computes it again.
 */
public class QuoteLineForm extends SaleLineForm {

    private static final long serialVersionUID = 1L;

    private CatalogChoice item;

    static QuoteLineForm of(QuoteLineRow line) {
        QuoteLineForm form = new QuoteLineForm();
        if (line.catalogItemId() != null) {
            form.item = new CatalogChoice(line.catalogItemId(), line.description(), line.unitPrice());
        }
        form.fill(line.description(), line.quantity(), line.unitPrice(), line.discount());
        return form;
    }

    @Override
    protected Long catalogItemId() {
        return item == null ? null : item.id();
    }

    /** The catalog item was chosen: its name and price fill the line (the person may still change them). */
    public void itemChosen() {
        if (item != null) {
            setDescription(item.name());
            setUnitPrice(item.unitPrice());
        }
    }

    public CatalogChoice getItem() {
        return item;
    }

    public void setItem(CatalogChoice item) {
        this.item = item;
    }

    /** A catalog item offered by the line's search. */
    public record CatalogChoice(Long id, String name, BigDecimal unitPrice) implements Serializable {
    }
}
