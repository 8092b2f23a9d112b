package br.com.clientela.clients.boundary;

import br.com.clientela.audit.control.AuditTrail;
import br.com.clientela.audit.entity.AuditAction;
import br.com.clientela.clients.entity.Client;
import br.com.clientela.shared.tenancy.TenantScope;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Deletes for good one company's clients that have been in the trash since before the cutoff, in a transaction
 * of its own per company. Called only by {@link TrashPurgeSchedule}'s timer, which runs with no signed-in
 * caller (hence {@code @PermitAll}); no page or endpoint reaches it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TrashPurge {

    static final String SYSTEM = "sistema (lixeira)";

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** @return how many clients were deleted */
    @PermitAll
    public int purge(long companyId, LocalDateTime cutoff) {
        TenantScope.enter(em, companyId);
        List<Client> expired = em.createQuery("select c from Client c where c.deletedAt < :cutoff", Client.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
        for (Client client : expired) {
            em.remove(client);
            audit.event(ClientService.AUDITED_TYPE, client.getId(), AuditAction.DELETE, SYSTEM);
        }
        return expired.size();
    }
}
