package br.com.clientela.customfields.control;

import br.com.clientela.customfields.entity.CustomField;
import br.com.clientela.customfields.entity.CustomFieldValue;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and replaces a client's custom field values in the caller's transaction, so they are saved with the
 * client or not at all. Only active fields are read or replaced: a deactivated field's values stay as they were.
 */
@Dependent
public class CustomFieldValues {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    /** Checks the typed values against the active fields; see {@link CustomFieldRules#check}. */
    public Map<CustomField, String> check(Map<String, String> typed) {
        return CustomFieldRules.check(activeFields(), typed);
    }

    /** Makes the client's values of the active fields exactly {@code checked}. */
    public void replace(Long clientId, Map<CustomField, String> checked) {
        Map<Long, CustomFieldValue> existing = new LinkedHashMap<>();
        stored(clientId).forEach(v -> existing.put(v.getField().getId(), v));
        for (Map.Entry<CustomField, String> entry : checked.entrySet()) {
            CustomFieldValue value = existing.remove(entry.getKey().getId());
            if (value == null) {
                em.persist(new CustomFieldValue(clientId, entry.getKey(), entry.getValue()));
            } else {
                value.setValue(entry.getValue());
            }
        }
        existing.values().forEach(em::remove);
    }

    /** The client's values of the active fields, by key, in the fields' order. */
    public Map<String, String> byKey(Long clientId) {
        Map<String, String> values = new LinkedHashMap<>();
        stored(clientId).forEach(v -> values.put(v.getField().getKey(), v.getValue()));
        return values;
    }

    /** Every active field by label with the client's value (null when none), for the history. */
    public Map<String, String> byLabel(Long clientId) {
        Map<String, String> byKey = byKey(clientId);
        Map<String, String> values = new LinkedHashMap<>();
        activeFields().forEach(f -> values.put(f.getLabel(), byKey.get(f.getKey())));
        return values;
    }

    /**
     * A merge: the loser's values of fields the winner has no value for become the winner's (the winner's own
     * values win); the rest go with the loser.
     */
    public void fillGapsFrom(Long loserId, Long winnerId) {
        List<Long> winnerFields = em.createQuery("select v.field.id from CustomFieldValue v where v.clientId = :winner",
                Long.class).setParameter("winner", winnerId).getResultList();
        em.createQuery("select v from CustomFieldValue v where v.clientId = :loser", CustomFieldValue.class)
                .setParameter("loser", loserId).getResultList().forEach(value -> {
                    if (!winnerFields.contains(value.getField().getId())) {
                        em.persist(new CustomFieldValue(winnerId, value.getField(), value.getValue()));
                    }
                    em.remove(value);
                });
    }

    /** Every value the client has, of active fields or not, is deleted (the client is anonymised). */
    public void forget(Long clientId) {
        em.createQuery("select v from CustomFieldValue v where v.clientId = :client", CustomFieldValue.class)
                .setParameter("client", clientId).getResultList().forEach(em::remove);
    }

    public List<CustomField> activeFields() {
        return em.createQuery("select f from CustomField f where f.active = true order by f.position, f.id",
                CustomField.class).getResultList();
    }

    private List<CustomFieldValue> stored(Long clientId) {
        return em.createQuery("select v from CustomFieldValue v join fetch v.field f where v.clientId = :client"
                + " and f.active = true order by f.position, f.id", CustomFieldValue.class)
                .setParameter("client", clientId)
                .getResultList();
    }
}
