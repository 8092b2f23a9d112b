package br.com.clientela.finances.boundary;

import br.com.clientela.invoices.entity.InvoiceStatus;
import br.com.clientela.rewards.control.RewardPoints;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.shared.money.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The financial summary of a client's profile. Each figure is one query that the database adds up — never a
 * loop over the client's invoices or payments — so the summary costs the same for a client with ten years of
 * invoices as for a new one. Another company's client (or one in the trash) is not found.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class FinancialSummaryService {

    /** How many open invoices and recent payments the summary lists. */
    public static final int LISTED = 5;

    private static final Set<InvoiceStatus> OPEN = EnumSet.of(InvoiceStatus.PENDING, InvoiceStatus.PARTIALLY_PAID);

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Inject
    RewardPoints points;

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public FinancialSummary of(@NotNull Long clientId) {
        BigDecimal totalSpent = em.createQuery("select c.totalSpent from Client c where c.id = :client"
                + " and c.deletedAt is null", BigDecimal.class).setParameter("client", clientId).getResultStream()
                .findFirst().orElseThrow(() -> new NotFoundException("Cliente não encontrado."));
        Object[] due = em.createQuery("select count(i), sum(i.total - i.amountPaid) from Invoice i"
                + " where i.client.id = :client and i.status in :open", Object[].class)
                .setParameter("client", clientId).setParameter("open", OPEN).getSingleResult();
        List<OpenInvoiceRow> open = em.createQuery("select new br.com.clientela.finances.boundary"
                + ".OpenInvoiceRow(i.id, i.number, i.dueDate, i.total, i.total - i.amountPaid)"
                + " from Invoice i where i.client.id = :client and i.status in :open order by i.dueDate, i.number",
                OpenInvoiceRow.class).setParameter("client", clientId).setParameter("open", OPEN)
                .setMaxResults(LISTED).getResultList();
        List<RecentPaymentRow> payments = em.createQuery("select new br.com.clientela.finances.boundary"
                + ".RecentPaymentRow(i.id, i.number, p.amount, p.method, p.paidOn)"
                + " from Payment p, Invoice i where p.invoiceId = i.id and i.client.id = :client and p.refundedAt is null"
                + " order by p.paidOn desc, p.id desc", RecentPaymentRow.class).setParameter("client", clientId)
                .setMaxResults(LISTED).getResultList();
        BigDecimal wallet = em.createQuery("select w.balance from Wallet w where w.clientId = :client",
                BigDecimal.class).setParameter("client", clientId).getResultStream().findFirst().orElse(Money.ZERO);
        return new FinancialSummary(Money.round(totalSpent), money(due[1]), ((Number) due[0]).longValue(), open,
                payments, Money.round(wallet), points(clientId));
    }

    private long points(Long clientId) {
        return points.available(clientId, LocalDate.now());
    }

    private static BigDecimal money(Object sum) {
        return sum == null ? Money.ZERO : Money.round(new BigDecimal(sum.toString()));
    }
}
