package br.com.clientela.audit.control;

import br.com.clientela.audit.entity.AuditAction;
import br.com.clientela.audit.entity.AuditEntry;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * Writes history lines in the caller's transaction (so a refused change leaves no line either): one for an
 * event, or one per field whose value differs between two snapshots.
 */
@Dependent
public class AuditTrail {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    public void event(String entityType, Long entityId, AuditAction action, String actor) {
        em.persist(new AuditEntry(entityType, entityId, action, null, null, null, actor, LocalDateTime.now()));
    }

    /** One line of an event that carries a field and values of its own (a merge: who was merged, what was kept). */
    public void event(String entityType, Long entityId, AuditAction action, String field, String oldValue,
            String newValue, String actor) {
        em.persist(new AuditEntry(entityType, entityId, action, field, oldValue, newValue, actor, LocalDateTime.now()));
    }

    /** The history of one record becomes another's (the record was merged into it). */
    public void moveHistory(String entityType, Long fromId, Long toId) {
        em.createQuery("update AuditEntry a set a.entityId = :to where a.entityType = :type and a.entityId = :from")
                .setParameter("to", toId)
                .setParameter("type", entityType)
                .setParameter("from", fromId)
                .executeUpdate();
    }

    /**
     * The old and new values of one record's history are cleared (the record was anonymised): what happened, when
     * and by whom stays, the personal data it carried does not.
     */
    public void forgetValues(String entityType, Long entityId) {
        em.createQuery("update AuditEntry a set a.oldValue = null, a.newValue = null where a.entityType = :type"
                + " and a.entityId = :id")
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .executeUpdate();
    }

    /** One UPDATE line per field that changed between {@code before} and {@code after} (same keys). */
    public void changes(String entityType, Long entityId, Map<String, String> before, Map<String, String> after,
            String actor) {
        LocalDateTime now = LocalDateTime.now();
        for (Map.Entry<String, String> field : after.entrySet()) {
            String old = before.get(field.getKey());
            if (!Objects.equals(old, field.getValue())) {
                em.persist(new AuditEntry(entityType, entityId, AuditAction.UPDATE, field.getKey(), old,
                        field.getValue(), actor, now));
            }
        }
    }
}
