package br.com.clientela.rewards.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every day just after midnight, company by company: birthday bonuses and the expiry of points (see
 * {@link RewardDaily}). Not persistent: a missed day's birthdays are not given late, expiries catch up the next
 * day. A company whose run fails is logged and the others still run.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RewardSchedule {

    private static final Logger LOG = Logger.getLogger(RewardSchedule.class.getName());

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @EJB
    RewardDaily daily;

    @Schedule(hour = "0", minute = "15", persistent = false, info = "Recompensas: aniversários e pontos vencidos")
    void runDaily() {
        LocalDate today = LocalDate.now();
        List<Long> companies = em.createQuery("select c.id from Company c", Long.class).getResultList();
        for (Long company : companies) {
            try {
                RewardDaily.Outcome outcome = daily.run(company, today);
                LOG.info(() -> "Rewards of company " + company + " on " + today + ": " + outcome);
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "Rewards run of company " + company + " failed", failure);
            }
        }
    }
}
