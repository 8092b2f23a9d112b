package br.com.clientela.backoffice.clients;

import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.clients.boundary.DuplicatePair;
import br.com.clientela.clients.boundary.DuplicateService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * "Encontrar duplicados" (clients/duplicates.xhtml): likely pairs of clients across the company, compared and
 * paged in the database, narrowed by what is typed in the search box; each pair links to the merge preview.
 */
@Named
@ViewScoped
public class ClientDuplicatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DuplicateService duplicates;

    private String query;
    private final PagedRows<DuplicatePair> pairs = new PagedRows<>(
            () -> duplicates.countPairs(query), (first, size) -> duplicates.pairs(query, first, size),
            pair -> pair.first().id() + "-" + pair.second().id());

    public PagedRows<DuplicatePair> getPairs() {
        return pairs;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
