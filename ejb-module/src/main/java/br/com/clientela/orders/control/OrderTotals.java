package br.com.clientela.orders.control;

import br.com.clientela.shared.money.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What clients have paid through orders, for the client list's "total spent", the lifecycle stage (a client with
 * a paid order is a CUSTOMER) and the financial summary. An order counts as paid while its status is flagged
 * {@code paid}. Each answer is one aggregate query in the caller's transaction (so scoped to the caller's
 * company), never a loop over orders.
 */
@Dependent
public class OrderTotals {

    /**
     * A JPQL condition for queries over {@code Client c}: the client has at least one paid order. For the lead's
     * stage filters, e.g. {@code "select c from Client c where " + OrderTotals.HAS_PAID_ORDER}.
     */
    public static final String HAS_PAID_ORDER = "exists (select o.id from SalesOrder o where o.clientId = c.id"
            + " and o.status.paid = true)";

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    /** The sum of the totals of the client's paid orders; 0,00 when there is none. */
    public BigDecimal paidTotal(Long clientId) {
        return money(em.createQuery("select sum(o.total) from SalesOrder o where o.clientId = :client"
                + " and o.status.paid = true", BigDecimal.class).setParameter("client", clientId).getSingleResult());
    }

    /** How many of the client's orders are paid. */
    public long paidCount(Long clientId) {
        return em.createQuery("select count(o) from SalesOrder o where o.clientId = :client"
                + " and o.status.paid = true", Long.class).setParameter("client", clientId).getSingleResult();
    }

    /** The paid total of each of these clients (a page of a list) in one grouped query; absent ones paid 0,00. */
    public Map<Long, BigDecimal> paidTotals(Collection<Long> clientIds) {
        Map<Long, BigDecimal> totals = new HashMap<>();
        if (clientIds == null || clientIds.isEmpty()) {
            return totals;
        }
        List<Object[]> rows = em.createQuery("select o.clientId, sum(o.total) from SalesOrder o"
                + " where o.clientId in :clients and o.status.paid = true group by o.clientId", Object[].class)
                .setParameter("clients", clientIds)
                .getResultList();
        for (Object[] row : rows) {
            totals.put(((Number) row[0]).longValue(), money(row[1]));
        }
        return totals;
    }

    /** The sum of all paid orders of the company (the list's "total sales" card). */
    public BigDecimal paidTotal() {
        return money(em.createQuery("select sum(o.total) from SalesOrder o where o.status.paid = true",
                BigDecimal.class).getSingleResult());
    }

    private static BigDecimal money(Object sum) {
        return sum == null ? Money.ZERO : Money.round(new BigDecimal(sum.toString()));
    }
}
