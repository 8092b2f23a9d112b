package br.com.clientela.clients.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every night, empties the trash (see TrashPurge: deleted or anonymised) of what has been there longer than
 * {@code clientela.trash.retention-days}
 * (30 by default), company by company. Not persistent: a missed night is caught up by the next one.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrashPurgeSchedule {

    private static final Logger LOG = Logger.getLogger(TrashPurgeSchedule.class.getName());

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "clientela.trash.retention-days", defaultValue = "30")
    int retentionDays;

    @EJB
    TrashPurge purge;

    @Schedule(hour = "3", minute = "20", persistent = false, info = "Esvaziar a lixeira de clientes")
    void emptyExpiredTrash() {
        LocalDateTime cutoff = LocalDateTime.now().minusDays(retentionDays);
        List<Long> companies = em.createQuery("select c.id from Company c", Long.class).getResultList();
        int deleted = 0;
        for (Long company : companies) {
            deleted += purge.purge(company, cutoff);
        }
        int total = deleted;
        LOG.info(() -> "Trash purge: " + total + " clients trashed before " + cutoff
                + " deleted for good (or anonymised, when they have money records)");
    }
}
