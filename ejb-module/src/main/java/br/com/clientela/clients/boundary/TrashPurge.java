package br.com.clientela.clients.boundary;

import br.com.clientela.clients.control.ClientErasure;
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
 * Deletes for good (or anonymises, when they have money records: see {@link ClientErasure}) one company's clients that have been in the trash since before the cutoff, in a transaction
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
    ClientErasure erasure;

    /** @return how many clients were deleted or anonymised */
    @PermitAll
    public int purge(long companyId, LocalDateTime cutoff) {
        TenantScope.enter(em, companyId);
        List<Client> expired = em.createQuery("select c from Client c where c.deletedAt < :cutoff"
                + " and c.anonymisedAt is null", Client.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
        for (Client client : expired) {
            erasure.erase(client, SYSTEM);
        }
        return expired.size();
    }
}
