package br.com.clientela.clients.boundary;

import br.com.clientela.audit.control.AuditTrail;
import br.com.clientela.clients.control.AvatarImage;
import br.com.clientela.clients.entity.ClientAvatar;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.shared.images.ImageScaling;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.Optional;

/**
 * A client's picture: send (checked by content, shrunk), read and remove it; the history records each change.
 * Only clients of the caller's company not in the trash are found, so another company's client answers 404.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class ClientAvatarService {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditTrail audit;

    /** Replaces the client's picture; answers what was stored (bytes shrunk to at most 256 px a side). */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public Avatar replace(@NotNull Long clientId, byte[] image) {
        requireClient(clientId);
        ImageScaling.Scaled scaled = AvatarImage.accept(image);
        ClientAvatar avatar = em.find(ClientAvatar.class, clientId);
        boolean had = avatar != null;
        if (avatar == null) {
            avatar = new ClientAvatar(clientId);
            avatar.replace(scaled.bytes(), scaled.contentType(), scaled.width(), scaled.height());
            em.persist(avatar);
        } else {
            avatar.replace(scaled.bytes(), scaled.contentType(), scaled.width(), scaled.height());
        }
        audit.changes(ClientService.AUDITED_TYPE, clientId, Map.of("avatar", had ? "foto anterior" : ""),
                Map.of("avatar", "nova foto"), caller());
        return of(avatar);
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public Optional<Avatar> find(@NotNull Long clientId) {
        requireClient(clientId);
        return Optional.ofNullable(em.find(ClientAvatar.class, clientId)).map(ClientAvatarService::of);
    }

    /** Removes the picture; removing none is not an error. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public void remove(@NotNull Long clientId) {
        requireClient(clientId);
        ClientAvatar avatar = em.find(ClientAvatar.class, clientId);
        if (avatar != null) {
            em.remove(avatar);
            audit.changes(ClientService.AUDITED_TYPE, clientId, Map.of("avatar", "foto anterior"),
                    Map.of("avatar", ""), caller());
        }
    }

    private void requireClient(Long clientId) {
        long found = em.createQuery("select count(c) from Client c where c.id = :id and c.deletedAt is null",
                Long.class).setParameter("id", clientId).getSingleResult();
        if (found == 0) {
            throw new NotFoundException("Cliente não encontrado.");
        }
    }

    private static Avatar of(ClientAvatar avatar) {
        return new Avatar(avatar.getImage(), avatar.getContentType(), avatar.getWidth(), avatar.getHeight(),
                avatar.getUpdatedAt());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
