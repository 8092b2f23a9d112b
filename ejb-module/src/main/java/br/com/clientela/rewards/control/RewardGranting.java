package br.com.clientela.rewards.control;

import br.com.clientela.clients.boundary.ClientRegistered;
import br.com.clientela.payments.boundary.PaymentReceived;
import br.com.clientela.rewards.entity.RewardEntry;
import br.com.clientela.rewards.entity.RewardKind;
import br.com.clientela.rewards.entity.RewardRules;
import br.com.clientela.shared.money.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Grants points in the caller's transaction: by the company's rules when a client registers (welcome bonus) or
 * pays (points per R$ 1,00), and for the daily birthday run. Automatic grants carry a reference key, so the same
 * payment, welcome or birthday gives points once however many times it is reported.
 *
 * <p>Payments of every method earn, WALLET included: topping up the wallet is not a purchase and earns nothing,
 * so a client who pays in advance earns when the prepaid money is spent on an invoice, once, like everyone else.
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

    void welcome(@Observes ClientRegistered registered) {
        RewardRules rules = rules();
        if (rules.isWelcomeEnabled() && rules.getWelcomePoints() > 0) {
            grantOnce(registered.clientId(), rules.getWelcomePoints(), RewardKind.WELCOME, "Bônus de boas-vindas",
                    rules, LocalDate.now(), "WELCOME:" + registered.clientId());
        }
    }

    void earn(@Observes PaymentReceived payment) {
        RewardRules rules = rules();
        int points = rules.isEarnEnabled() ? RewardConversion.pointsFor(payment.amount(), rules.getPointsPerReal()) : 0;
        if (points > 0) {
            grantOnce(payment.clientId(), points, RewardKind.EARN_PAYMENT, "Pontos do pagamento de "
                    + Money.format(payment.amount()), rules, LocalDate.now(),
                    "PAYMENT:" + payment.source() + ":" + payment.sourceId());
        }
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
