package br.com.clientela.shared.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.QueryHints;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the company of a signed-in staff member from the caller's name (their e-mail, unique across
 * Clientela). A staff member never moves between companies, so the answer is cached.
 */
@ApplicationScoped
public class CallerCompany {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    private final Map<String, Long> companyByEmail = new ConcurrentHashMap<>();

    public Optional<Long> ofStaff(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        String key = email.trim().toLowerCase(java.util.Locale.ROOT);
        Long cached = companyByEmail.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        // Native on purpose: the tenant is what we are looking for, so the multitenant entity cannot be used yet.
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select company_id from staff_user where email = ?1")
                .setParameter(1, key)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        long id = ids.get(0).longValue();
        companyByEmail.put(key, id);
        return Optional.of(id);
    }
}
