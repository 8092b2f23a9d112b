package br.com.clientela.invoices.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every hour (so the day's first run is just after midnight), raises the FINANCIAL alert of clients whose
 * invoices went past due and clears the ones paid or cancelled meanwhile, company by company. Not persistent:
 * a missed run is caught up by the next one, and a run changes nothing that is already right.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OverdueInvoiceSchedule {

    private static final Logger LOG = Logger.getLogger(OverdueInvoiceSchedule.class.getName());

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @EJB
    OverdueInvoiceCheck check;

    @Schedule(hour = "*", minute = "7", persistent = false, info = "Alertas de faturas vencidas")
    void raiseOverdueAlerts() {
        LocalDate today = LocalDate.now();
        List<Long> companies = em.createQuery("select c.id from Company c", Long.class).getResultList();
        int changed = 0;
        for (Long company : companies) {
            try {
                changed += check.run(company, today);
            } catch (RuntimeException failed) {
                // One company's failure must not keep the others' alerts stale.
                LOG.warning(() -> "Overdue invoice alerts of company " + company + " failed: " + failed);
            }
        }
        int total = changed;
        LOG.fine(() -> "Overdue invoice alerts: " + total + " raised, changed or cleared");
    }
}
