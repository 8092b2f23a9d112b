package br.com.clientela.backoffice.clients;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.clients.boundary.ClientDetails;
import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.clients.boundary.HistoryEntry;
import br.com.clientela.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;

/**
 * A client's profile (clients/view.xhtml?id=...): header with quick actions, and tabs with the summary, the
 * personal data, the addresses and the history (paged in the database). An id the service does not find,
 * including another company's client, is answered with the 404 page.
 */
@Named
@ViewScoped
public class ClientProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ClientService clients;

    private Long id;
    private ClientDetails client;
    private final PagedRows<HistoryEntry> history = new PagedRows<>(
            () -> clients.countHistory(id), (first, size) -> clients.history(id, first, size),
            entry -> entry.at() + " " + entry.field());

    /** f:viewAction, after f:viewParam has set the id. */
    public void load() throws IOException {
        if (id == null) {
            Faces.responseSendError(404, "Cliente não encontrado.");
            return;
        }
        try {
            client = clients.find(id);
        } catch (NotFoundException notFound) {
            Faces.responseSendError(404, notFound.getMessage());
        }
    }

    /** Moves the client to the trash and goes back to the list, where the growl says so. */
    public String trash() {
        if (!PageMessages.attempt(null, () -> clients.trash(id))) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info("clients.trashed", client.name());
        return "/clients/list?faces-redirect=true";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ClientDetails getClient() {
        return client;
    }

    public PagedRows<HistoryEntry> getHistory() {
        return history;
    }
}
