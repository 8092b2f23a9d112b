package br.com.clientela.rewards.control;

import br.com.clientela.rewards.entity.RewardEntry;
import br.com.clientela.rewards.entity.RewardKind;
import br.com.clientela.rewards.entity.RewardRules;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Grants points by the company's rules in the caller's transaction (see RewardEarning and RewardDaily). Automatic
 * grants carry a reference key, so the same payment, welcome or birthday gives points once however many times it
 * is reported.
 */
@Dependent
public class RewardGranting {

    public static final String SYSTEM = "sistema (recompensas)";

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    /** The caller's company's rules; made with the defaults if the company somehow has none. */
    public RewardRules rules() {
        return em.createQuery("select r from RewardRules r", RewardRules.class).getResultStream().findFirst()
                .orElseGet(() -> {
                    RewardRules rules = new RewardRules();
                    em.persist(rules);
                    return rules;
                });
    }

    /** The birthday bonus of {@code today}'s year, once per client and year; false when already given or off. */
    public boolean birthday(long clientId, LocalDate today) {
        RewardRules rules = rules();
        if (!rules.isBirthdayEnabled() || rules.getBirthdayPoints() <= 0) {
            return false;
        }
        return grantOnce(clientId, rules.getBirthdayPoints(), RewardKind.BIRTHDAY, "Bônus de aniversário "
                + today.getYear(), rules, today, "BIRTHDAY:" + clientId + ":" + today.getYear()).isPresent();
    }

    /** The grant, unless one with this reference exists already (then nothing happens). */
    public Optional<RewardEntry> grantOnce(long clientId, int points, RewardKind kind, String reason,
            RewardRules rules, LocalDate today, String referenceKey) {
        if (exists(referenceKey)) {
            return Optional.empty();
        }
        RewardEntry grant = RewardEntry.grant(clientId, points, kind, reason, defaultExpiry(rules, today), SYSTEM,
                referenceKey);
        em.persist(grant);
        return Optional.of(grant);
    }

    public boolean exists(String referenceKey) {
        return !em.createQuery("select e.id from RewardEntry e where e.referenceKey = :key", Long.class)
                .setParameter("key", referenceKey).setMaxResults(1).getResultList().isEmpty();
    }

    /** The expiry of a grant given today with no date of its own: today plus the company's validity, if any. */
    public static LocalDate defaultExpiry(RewardRules rules, LocalDate today) {
        Integer days = rules.getGrantValidityDays();
        return days == null || days <= 0 ? null : today.plusDays(days);
    }
}
