package br.com.clientela.backoffice.clients;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.clients.boundary.ClientRow;
import br.com.clientela.clients.boundary.ClientService;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.component.datatable.DataTable;

/**
 * The company's clients (clients/list.xhtml): one search box filtering as the person types, the table paged in
 * the database over what matches, and moving a client to the trash.
 */
@Named
@ViewScoped
public class ClientsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ClientService clients;

    private String query;
    private final PagedRows<ClientRow> rows = new PagedRows<>(
            () -> clients.countMatching(query), (first, size) -> clients.search(query, first, size), ClientRow::id);

    /** The search box changed: the table starts again from its first page. */
    public void searchChanged() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot()
                .findComponent("clientsForm:clients");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void trash(ClientRow client) {
        if (PageMessages.attempt(null, () -> clients.trash(client.id()))) {
            PageMessages.info("clients.trashed", client.name());
        }
    }

    public PagedRows<ClientRow> getRows() {
        return rows;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
