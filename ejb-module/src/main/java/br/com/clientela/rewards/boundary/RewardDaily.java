package br.com.clientela.rewards.boundary;

import br.com.clientela.rewards.control.RewardGranting;
import br.com.clientela.rewards.control.RewardLots;
import br.com.clientela.rewards.entity.RewardEntry;
import br.com.clientela.rewards.entity.RewardKind;
import br.com.clientela.shared.tenancy.TenantScope;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The daily rewards work of one company, in a transaction of its own: the birthday bonus for the clients born on
 * {@code today} (once per client and year; on 28 February of a common year, also for those born on 29 February),
 * and the expiry of what is left of grants whose date has passed (one EXPIRE line per grant). Called by
 * {@link RewardSchedule}'s timer, which runs with no signed-in caller (hence {@code @PermitAll}), and by tests
 * with the day they need; no page or endpoint reaches it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RewardDaily {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Inject
    RewardGranting granting;

    /** What one run did. */
    public record Outcome(int birthdayGrants, int expiredGrants, int expiredPoints) {
    }

    @PermitAll
    public Outcome run(long companyId, LocalDate today) {
        TenantScope.enter(em, companyId);
        int birthdays = birthdays(today);
        int[] expired = expire(today);
        return new Outcome(birthdays, expired[0], expired[1]);
    }

    private int birthdays(LocalDate today) {
        if (!granting.rules().isBirthdayEnabled()) {
            return 0;
        }
        boolean leapDayToo = today.getMonthValue() == 2 && today.getDayOfMonth() == 28 && !today.isLeapYear();
        List<Long> born = em.createQuery("select c.id from Client c where c.deletedAt is null and ("
                + "(extract(month from c.birthDate) = :month and extract(day from c.birthDate) = :day)"
                + (leapDayToo ? " or (extract(month from c.birthDate) = 2 and extract(day from c.birthDate) = 29)" : "")
                + ")", Long.class)
                .setParameter("month", today.getMonthValue())
                .setParameter("day", today.getDayOfMonth())
                .getResultList();
        int granted = 0;
        for (Long client : born) {
            if (granting.birthday(client, today)) {
                granted++;
            }
        }
        return granted;
    }

    /** @return grants expired and points expired */
    private int[] expire(LocalDate today) {
        List<RewardEntry> lapsed = em.createQuery("select e from RewardEntry e where e.remaining > 0 "
                + "and e.expiresAt < :today order by e.clientId, e.at, e.id", RewardEntry.class)
                .setParameter("today", today)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Map<Long, RewardEntry> byId = lapsed.stream().collect(Collectors.toMap(RewardEntry::getId, Function.identity()));
        List<RewardLots.Take> takes = RewardLots.expired(lapsed.stream()
                .map(e -> new RewardLots.Lot(e.getId(), e.getRemaining(), e.getExpiresAt())).toList(), today);
        int points = 0;
        for (RewardLots.Take take : takes) {
            RewardEntry grant = byId.get(take.lotId());
            grant.consume(take.points());
            em.persist(RewardEntry.taking(grant.getClientId(), take.points(), RewardKind.EXPIRE,
                    "Pontos vencidos em " + DAY.format(grant.getExpiresAt()), RewardGranting.SYSTEM,
                    "EXPIRE:" + grant.getId()));
            points += take.points();
        }
        return new int[] {takes.size(), points};
    }
}
