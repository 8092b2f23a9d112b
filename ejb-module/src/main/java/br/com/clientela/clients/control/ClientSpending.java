package br.com.clientela.clients.control;

import br.com.clientela.payments.boundary.PaymentReceived;
import br.com.clientela.transactions.boundary.MoneyCounted;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Keeps what a client has paid and when they first paid, in the payment's own transaction. What they paid is
 * what came into the company's accounts from them ({@link MoneyCounted}: payments in cash, PIX, card..., wallet
 * top-ups, less refunds), so it agrees with the transactions' totals: a payment from the wallet or a redemption of
 * points is not counted again. One UPDATE adds to the total, so concurrent payments of one client add up (the row
 * lock orders them) instead of overwriting each other, and the client's version is left alone (staff editing the
 * record at that moment are not refused). The first payment of a purchase turns the client into a customer
 * (LifecycleStage.CUSTOMER); a client who once bought stays one.
 */
@Dependent
public class ClientSpending {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    void paid(@Observes PaymentReceived payment) {
        em.createQuery("update Client c set c.firstPurchaseAt = coalesce(c.firstPurchaseAt, :now) where c.id = :client")
                .setParameter("now", LocalDateTime.now().truncatedTo(ChronoUnit.MICROS))
                .setParameter("client", payment.clientId())
                .executeUpdate();
    }

    void counted(@Observes MoneyCounted money) {
        em.createQuery("update Client c set c.totalSpent = c.totalSpent + :amount where c.id = :client")
                .setParameter("amount", money.signedAmount())
                .setParameter("client", money.clientId())
                .executeUpdate();
    }
}
