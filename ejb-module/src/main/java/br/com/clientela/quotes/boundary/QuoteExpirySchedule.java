package br.com.clientela.quotes.boundary;

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
 * Every hour (at minute 5), expires the sent quotes past their validity, company by company, so a quote shows
 * Vencido on the day after its last valid day. Not persistent: a missed hour is caught up by the next one. A
 * company whose run fails is logged and does not stop the others.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QuoteExpirySchedule {

    private static final Logger LOG = Logger.getLogger(QuoteExpirySchedule.class.getName());

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @EJB
    QuoteExpiry expiry;

    @Schedule(hour = "*", minute = "5", persistent = false, info = "Vencer orçamentos enviados fora da validade")
    void expireDueQuotes() {
        LocalDate today = LocalDate.now();
        List<Long> companies = em.createQuery("select c.id from Company c", Long.class).getResultList();
        int expired = 0;
        for (Long company : companies) {
            try {
                expired += expiry.expire(company, today);
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "Quote expiry failed for company " + company, failure);
            }
        }
        if (expired > 0) {
            int total = expired;
            LOG.info(() -> "Quote expiry: " + total + " sent quotes valid until before " + today + " expired");
        }
    }
}
