package br.com.clientela.backoffice.clients;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.clients.boundary.ClientAvatarService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;

/**
 * The picture on a client's profile (WEB-INF/includes/clients/avatar.xhtml): send a new one, remove it after a
 * confirmation. The image itself is served by {@link ClientAvatarServlet}.
 */
@Named
@ViewScoped
public class ClientAvatarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ClientAvatarService avatars;

    @Inject
    ClientProfileBacking profile;

    private Boolean present;
    /** Changes the image's URL after a change so the browser shows the new picture, not its cached one. */
    private int version;

    public void upload(FileUploadEvent event) {
        byte[] image = event.getFile().getContent();
        if (PageMessages.attempt("avatarForm", () -> avatars.replace(profile.getId(), image))) {
            present = true;
            version++;
            PageMessages.info("client.avatar.saved");
        }
    }

    public void remove() {
        if (PageMessages.attempt("avatarForm", () -> avatars.remove(profile.getId()))) {
            present = false;
            version++;
            PageMessages.info("client.avatar.removed");
        }
    }

    /** Asked once per view; kept up to date by upload and remove. */
    public boolean isPresent() {
        if (present == null) {
            present = profile.getId() != null && avatars.find(profile.getId()).isPresent();
        }
        return present;
    }

    public int getVersion() {
        return version;
    }
}
