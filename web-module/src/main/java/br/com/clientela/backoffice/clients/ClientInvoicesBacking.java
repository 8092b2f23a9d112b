package br.com.clientela.backoffice.clients;

import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.invoices.boundary.InvoiceFilter;
import br.com.clientela.invoices.boundary.InvoiceRow;
import br.com.clientela.invoices.boundary.InvoiceService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The "Faturas" tab of a client's profile (WEB-INF/includes/clients/invoices-tab.xhtml): the client's invoices. */
@Named
@ViewScoped
public class ClientInvoicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    InvoiceService invoices;

    @Inject
    ClientProfileBacking profile;

    private final PagedRows<InvoiceRow> rows = new PagedRows<>(() -> invoices.count(filter()),
            (first, size) -> invoices.page(filter(), first, size), InvoiceRow::id);

    private InvoiceFilter filter() {
        return new InvoiceFilter(null, profile.getId(), null, null, null);
    }

    public PagedRows<InvoiceRow> getRows() {
        return rows;
    }
}
