package br.com.clientela.rewards.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/** The points a client can use on a day: what is left of grants not yet expired, summed by the database. */
@Dependent
public class RewardPoints {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    public int available(Long clientId, LocalDate today) {
        Number sum = (Number) em.createQuery("select sum(e.remaining) from RewardEntry e "
                + "where e.clientId = :client and e.remaining > 0 and (e.expiresAt is null or e.expiresAt >= :today)")
                .setParameter("client", clientId)
                .setParameter("today", today)
                .getSingleResult();
        return sum == null ? 0 : (int) Math.min(sum.longValue(), Integer.MAX_VALUE);
    }
}
