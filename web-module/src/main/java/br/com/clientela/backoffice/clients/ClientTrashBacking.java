package br.com.clientela.backoffice.clients;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.clients.boundary.ClientRow;
import br.com.clientela.clients.boundary.ClientService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The clients in the trash (clients/trash.xhtml), most recently trashed first, each restorable. */
@Named
@ViewScoped
public class ClientTrashBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ClientService clients;

    private final PagedRows<ClientRow> rows = new PagedRows<>(
            () -> clients.countTrashed(), (first, size) -> clients.trashed(first, size), ClientRow::id);

    public void restore(ClientRow client) {
        if (PageMessages.attempt(null, () -> clients.restore(client.id()))) {
            PageMessages.info("clientTrash.restored", client.name());
        }
    }

    public PagedRows<ClientRow> getRows() {
        return rows;
    }
}
