package br.com.clientela.backoffice.clients;

import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.quotes.boundary.QuoteFilter;
import br.com.clientela.quotes.boundary.QuoteRow;
import br.com.clientela.quotes.boundary.QuoteService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The "Orçamentos" tab of a client's profile (WEB-INF/includes/clients/quotes-tab.xhtml): the client's quotes. */
@Named
@ViewScoped
public class ClientQuotesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    QuoteService quotes;

    @Inject
    ClientProfileBacking profile;

    private final PagedRows<QuoteRow> rows = new PagedRows<>(
            () -> quotes.count(QuoteFilter.ofClient(profile.getId())),
            (first, size) -> quotes.page(QuoteFilter.ofClient(profile.getId()), first, size), QuoteRow::id);

    public PagedRows<QuoteRow> getRows() {
        return rows;
    }
}
