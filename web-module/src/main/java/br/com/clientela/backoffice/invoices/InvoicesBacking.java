package br.com.clientela.backoffice.invoices;

import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.invoices.boundary.InvoiceFilter;
import br.com.clientela.invoices.boundary.InvoiceRow;
import br.com.clientela.invoices.boundary.InvoiceService;
import br.com.clientela.invoices.entity.InvoiceStatus;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The invoice list (invoices/list.xhtml): a table paged in the database, filtered by effective status (OVERDUE
 * included), issue period and a search over the number and the client.
 */
@Named
@ViewScoped
public class InvoicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    InvoiceService invoices;

    private InvoiceStatus status;
    private LocalDate from;
    private LocalDate to;
    private String query;
    private final PagedRows<InvoiceRow> rows = new PagedRows<>(() -> invoices.count(filter()),
            (first, size) -> invoices.page(filter(), first, size), InvoiceRow::id);

    private InvoiceFilter filter() {
        return new InvoiceFilter(status, null, from, to, query);
    }

    public InvoiceStatus[] getStatuses() {
        return InvoiceStatus.values();
    }

    public PagedRows<InvoiceRow> getRows() {
        return rows;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public void setStatus(InvoiceStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
