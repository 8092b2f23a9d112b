package br.com.clientela.clients.control;

import br.com.clientela.payments.boundary.PaymentReceived;
import br.com.clientela.payments.boundary.PaymentRefunded;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Keeps what a client has paid and when they first paid, in the payment's own transaction. One UPDATE adds to
 * the total, so concurrent payments of one client add up (the row lock orders them) instead of overwriting each
 * other, and the client's version is left alone (staff editing the record at that moment are not refused). The
 * first payment turns the client into a customer (LifecycleStage.CUSTOMER); a refund takes its amount off.
 */
@Dependent
public class ClientSpending {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    void paid(@Observes PaymentReceived payment) {
        em.createQuery("update Client c set c.totalSpent = c.totalSpent + :amount,"
                + " c.firstPurchaseAt = coalesce(c.firstPurchaseAt, :now) where c.id = :client")
                .setParameter("amount", payment.amount())
                .setParameter("now", LocalDateTime.now().truncatedTo(ChronoUnit.MICROS))
                .setParameter("client", payment.clientId())
                .executeUpdate();
    }

    /** A refund lowers what the client paid; a client who once bought stays a customer. */
    void refunded(@Observes PaymentRefunded refund) {
        em.createQuery("update Client c set c.totalSpent = c.totalSpent - :amount where c.id = :client")
                .setParameter("amount", refund.amount())
                .setParameter("client", refund.clientId())
                .executeUpdate();
    }
}
