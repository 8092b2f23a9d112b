package br.com.clientela.backoffice.quotes;

import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.quotes.boundary.QuoteFilter;
import br.com.clientela.quotes.boundary.QuoteRow;
import br.com.clientela.quotes.boundary.QuoteService;
import br.com.clientela.quotes.entity.QuoteStatus;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The quote list (quotes/list.xhtml): a table paged in the database, newest first, narrowed by state and by a
 * search over the number and the client.
 */
@Named
@ViewScoped
public class QuotesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    QuoteService quotes;

    private QuoteStatus status;
    private String query;
    private final PagedRows<QuoteRow> rows = new PagedRows<>(() -> quotes.count(filter()),
            (first, size) -> quotes.page(filter(), first, size), QuoteRow::id);

    QuoteFilter filter() {
        return new QuoteFilter(status, null, query);
    }

    public PagedRows<QuoteRow> getRows() {
        return rows;
    }

    public QuoteStatus[] getStatuses() {
        return QuoteStatus.values();
    }

    public QuoteStatus getStatus() {
        return status;
    }

    public void setStatus(QuoteStatus status) {
        this.status = status;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
