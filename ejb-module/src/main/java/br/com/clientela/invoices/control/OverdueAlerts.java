package br.com.clientela.invoices.control;

import br.com.clientela.alerts.entity.AlertPriority;
import br.com.clientela.alerts.entity.AlertType;
import br.com.clientela.alerts.entity.ClientAlert;
import br.com.clientela.clients.entity.Client;
import br.com.clientela.invoices.entity.InvoiceStatus;
import br.com.clientela.shared.money.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keeps the FINANCIAL alert of overdue invoices in step with the invoices, for the company of the current
 * persistence context: each client with open invoices past due has exactly one active automatic alert
 * ({@code source_type} {@value #SOURCE}, pointing at the oldest overdue invoice) describing them, and a client
 * with none has no active one. A run that finds the alert already there only updates its text when the debt
 * changed, so running twice raises nothing new. Paying or cancelling an invoice refreshes its client at once;
 * the schedule catches invoices that became overdue overnight.
 */
@Dependent
public class OverdueAlerts {

    public static final String SOURCE = "OVERDUE_INVOICE";
    public static final String AUTHOR = "sistema (faturas)";

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    /** Every client of the company; answers how many alerts were raised or changed plus cleared. */
    public int refreshAll(LocalDate today) {
        return refresh(null, today);
    }

    /** Only this client (after a payment or a cancellation). */
    public int refreshClient(Long clientId, LocalDate today) {
        return refresh(clientId, today);
    }

    private int refresh(Long clientId, LocalDate today) {
        Map<Long, List<OverdueInvoice>> overdue = overdue(clientId, today);
        Map<Long, List<ClientAlert>> active = activeAlerts(clientId);
        int changed = 0;
        for (Map.Entry<Long, List<OverdueInvoice>> client : overdue.entrySet()) {
            List<ClientAlert> alerts = active.getOrDefault(client.getKey(), List.of());
            String description = describe(client.getValue());
            Long oldest = client.getValue().get(0).invoiceId();
            if (alerts.isEmpty()) {
                ClientAlert alert = new ClientAlert(em.getReference(Client.class, client.getKey()), AUTHOR,
                        LocalDateTime.now());
                alert.change(AlertType.FINANCIAL, AlertPriority.HIGH, description, true);
                alert.raisedBy(SOURCE, oldest);
                em.persist(alert);
                changed++;
            } else {
                ClientAlert kept = alerts.get(0);
                if (!kept.getDescription().equals(description) || !oldest.equals(kept.getSourceId())) {
                    kept.change(AlertType.FINANCIAL, kept.getPriority(), description, true);
                    kept.raisedBy(SOURCE, oldest);
                    changed++;
                }
                // Two runs racing may have raised two: keep one.
                for (ClientAlert extra : alerts.subList(1, alerts.size())) {
                    extra.deactivate();
                    changed++;
                }
            }
        }
        for (Map.Entry<Long, List<ClientAlert>> client : active.entrySet()) {
            if (!overdue.containsKey(client.getKey())) {
                client.getValue().forEach(ClientAlert::deactivate);
                changed += client.getValue().size();
            }
        }
        return changed;
    }

    /** "Fatura nº 12 vencida em 10/11/2026 — R$ 150,00 em aberto", or the count, numbers and sum of several. */
    static String describe(List<OverdueInvoice> invoices) {
        OverdueInvoice oldest = invoices.get(0);
        BigDecimal due = invoices.stream().map(OverdueInvoice::amountDue).reduce(Money.ZERO, BigDecimal::add);
        if (invoices.size() == 1) {
            return "Fatura nº " + oldest.number() + " vencida em " + InvoicePdf.DATE.format(oldest.dueDate()) + " — "
                    + Money.format(due) + " em aberto";
        }
        String numbers = invoices.stream().map(i -> Long.toString(i.number())).collect(Collectors.joining(", "));
        String text = invoices.size() + " faturas vencidas (nº " + numbers + "), a mais antiga em "
                + InvoicePdf.DATE.format(oldest.dueDate()) + " — " + Money.format(due) + " em aberto";
        return text.length() <= ClientAlert.DESCRIPTION_MAX ? text : invoices.size() + " faturas vencidas, a mais "
                + "antiga em " + InvoicePdf.DATE.format(oldest.dueDate()) + " — " + Money.format(due) + " em aberto";
    }

    /** The open invoices past due, by client, oldest first. */
    private Map<Long, List<OverdueInvoice>> overdue(Long clientId, LocalDate today) {
        TypedQuery<OverdueInvoice> query = em.createQuery("select new br.com.clientela.invoices.control.OverdueInvoice("
                + "i.client.id, i.id, i.number, i.dueDate, i.total, i.amountPaid) from Invoice i"
                + " where i.status in :open and i.dueDate < :today"
                + (clientId == null ? "" : " and i.client.id = :client")
                + " order by i.client.id, i.dueDate, i.number", OverdueInvoice.class)
                .setParameter("open", List.of(InvoiceStatus.PENDING, InvoiceStatus.PARTIALLY_PAID))
                .setParameter("today", today);
        if (clientId != null) {
            query.setParameter("client", clientId);
        }
        Map<Long, List<OverdueInvoice>> byClient = new LinkedHashMap<>();
        for (OverdueInvoice invoice : query.getResultList()) {
            byClient.computeIfAbsent(invoice.clientId(), id -> new ArrayList<>()).add(invoice);
        }
        return byClient;
    }

    private Map<Long, List<ClientAlert>> activeAlerts(Long clientId) {
        TypedQuery<Object[]> query = em.createQuery("select a, a.client.id from ClientAlert a"
                + " where a.sourceType = :source and a.active = true"
                + (clientId == null ? "" : " and a.client.id = :client") + " order by a.id", Object[].class)
                .setParameter("source", SOURCE);
        if (clientId != null) {
            query.setParameter("client", clientId);
        }
        Map<Long, List<ClientAlert>> byClient = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            byClient.computeIfAbsent((Long) row[1], id -> new ArrayList<>()).add((ClientAlert) row[0]);
        }
        return byClient;
    }
}
