package br.com.clientela.audit.control;

import br.com.clientela.audit.entity.AuditAction;
import br.com.clientela.audit.entity.AuditEntry;
import br.com.clientela.shared.StaleRecordException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Optimistic locking carried to the person: a save names the version it was based on (the one the form or the
 * API client read), and a save based on an older version is refused instead of silently overwriting the other
 * person's work. Called by the update methods of the boundaries before they change anything.
 * <p>
 * Each accepted save increments the record's {@code @Version} even when only its children change (addresses,
 * lines), so the version read back always tells whether the record changed; and it writes who saved in the audit
 * trail (the client's history writes its own lines), which is where the refusal learns who changed the record and
 * when. A save racing another between this check and the commit is still refused by JPA's own version check.
 */
@Dependent
public class RecordVersions {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /**
     * Refuses the save when {@code expected} (null: the caller did not say, the save goes ahead as always) differs
     * from the managed entity's current version; otherwise marks the entity to be saved with a new version.
     */
    public void claim(Object entity, String entityType, Long id, long current, Long expected, String actor) {
        if (expected != null && expected != current) {
            throw stale(entityType, id);
        }
        em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (actor != null) {
            audit.event(entityType, id, AuditAction.UPDATE, actor);
        }
    }

    /** The refusal of a save based on an old version, naming who saved the record last and when, if known. */
    public StaleRecordException stale(String entityType, Long id) {
        return em.createQuery("select a from AuditEntry a where a.entityType = :type and a.entityId = :id"
                + " order by a.at desc, a.id desc", AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", id)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(last -> new StaleRecordException("Este registro foi alterado por " + staffName(last.getActor())
                        + (last.getAt().toLocalDate().equals(LocalDate.now()) ? "" : " em " + DAY.format(last.getAt()))
                        + " às " + TIME.format(last.getAt()) + " depois que você o abriu; recarregue a página para ver"
                        + " a versão atual. Suas alterações não foram salvas."))
                .orElseGet(() -> new StaleRecordException("Este registro foi alterado por outra pessoa depois que você"
                        + " o abriu; recarregue a página para ver a versão atual. Suas alterações não foram salvas."));
    }

    private String staffName(String actor) {
        return em.createQuery("select u.name from StaffUser u where u.email = :email", String.class)
                .setParameter("email", actor)
                .getResultStream()
                .findFirst()
                .orElse(actor);
    }
}
