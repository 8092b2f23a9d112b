package br.com.clientela.backoffice.clients;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.clients.boundary.ClientRow;
import br.com.clientela.clients.boundary.ClientService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.ConfigProvider;
import java.io.Serializable;

/** The clients in the trash (clients/trash.xhtml), most recently trashed first, each restorable or (ADMIN) deleted. */
@Named
@ViewScoped
public class ClientTrashBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ClientService clients;

    // Read once rather than injected: a @ConfigProperty is not passivation-capable in a view-scoped bean.
    private final int retentionDays = ConfigProvider.getConfig()
            .getOptionalValue("clientela.trash.retention-days", Integer.class).orElse(30);

    private final PagedRows<ClientRow> rows = new PagedRows<>(
            () -> clients.countTrashed(), (first, size) -> clients.trashed(first, size), ClientRow::id);

    public void restore(ClientRow client) {
        if (PageMessages.attempt(null, () -> clients.restore(client.id()))) {
            PageMessages.info("clientTrash.restored", client.name());
        }
    }

    /** Only an ADMIN sees the button; the service refuses anyone else as well. */
    public void deleteForGood(ClientRow client) {
        PageMessages.answer(null, () -> clients.deleteForGood(client.id())).ifPresent(done -> PageMessages.info(
                done.anonymised() ? "clientTrash.anonymised" : "clientTrash.deleted", client.name()));
    }

    public int getRetentionDays() {
        return retentionDays;
    }

    public PagedRows<ClientRow> getRows() {
        return rows;
    }
}
