package br.com.clientela.backoffice.invoices;

import br.com.clientela.backoffice.lines.SaleLineForm;
import br.com.clientela.lines.boundary.LineInput;

/** One line of the invoice being typed: a catalog item (by id) or free text, with its live total. */
public class LineForm extends SaleLineForm {

    private static final long serialVersionUID = 1L;

    private Long catalogItemId;

    LineInput input() {
        return toInput();
    }

    @Override
    protected Long catalogItemId() {
        return catalogItemId;
    }

    public Long getCatalogItemId() {
        return catalogItemId;
    }

    public void setCatalogItemId(Long catalogItemId) {
        this.catalogItemId = catalogItemId;
    }
}
