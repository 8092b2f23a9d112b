package br.com.clientela.alerts.boundary;

import br.com.clientela.alerts.entity.ClientAlert;
import br.com.clientela.audit.control.AuditTrail;
import br.com.clientela.clients.entity.Client;
import br.com.clientela.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A client's alerts: list, add, change, deactivate, and the flags of a page of the client list in one query.
 * Scoped to the caller's company; an alert is always reached through its client, so another client's alert id
 * is not found either.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class AlertService {

    /** Most urgent first, then newest. */
    private static final String ORDER = " order by case a.priority when br.com.clientela.alerts.entity.AlertPriority"
            + ".CRITICAL then 0 when br.com.clientela.alerts.entity.AlertPriority.HIGH then 1"
            + " when br.com.clientela.alerts.entity.AlertPriority.MEDIUM then 2 else 3 end, a.createdAt desc, a.id desc";

    /** The field of the client's history that alert changes are recorded under. */
    public static final String FIELD = "alerts";

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditTrail audit;

    /** Every alert of the client, active ones first. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<AlertRow> list(@NotNull Long clientId) {
        client(clientId);
        return em.createQuery("select a from ClientAlert a where a.client.id = :client"
                // "active desc" (true first) rather than a CASE over the boolean.
                + " order by a.active desc, a.createdAt desc, a.id desc", ClientAlert.class)
                .setParameter("client", clientId)
                .getResultStream().map(AlertRow::of).toList();
    }

    /** The client's active alerts, most urgent first (the profile's banner). */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<AlertRow> active(@NotNull Long clientId) {
        client(clientId);
        return em.createQuery("select a from ClientAlert a where a.client.id = :client and a.active = true" + ORDER,
                ClientAlert.class)
                .setParameter("client", clientId)
                .getResultStream().map(AlertRow::of).toList();
    }

    /** The active-alert flag of each of the clients that has one, for a page of the list, in one query. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public Map<Long, AlertFlag> flags(@NotNull @Size(max = 500) Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        return AlertFlag.fold(em.createQuery("select a.client.id, a.priority from ClientAlert a"
                + " where a.active = true and a.client.id in :ids", Object[].class)
                .setParameter("ids", List.copyOf(clientIds))
                .getResultList());
    }

    /** How many alerts are active across the company's clients not in the trash (the dashboard's card). */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public long activeCount() {
        return em.createQuery("select count(a) from ClientAlert a where a.active = true and a.client.deletedAt is null",
                Long.class).getSingleResult();
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public AlertRow create(@NotNull Long clientId,
            @NotNull(message = "{clientela.body.required}") @Valid AlertInput input) {
        ClientAlert alert = new ClientAlert(client(clientId), session.getCallerPrincipal().getName(),
                LocalDateTime.now());
        alert.change(input.type(), input.priority(), input.description().strip(), input.activeOrDefault());
        em.persist(alert);
        em.flush();
        recordChange(clientId, null, alert);
        return AlertRow.of(alert);
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public AlertRow update(@NotNull Long clientId, @NotNull Long alertId,
            @NotNull(message = "{clientela.body.required}") @Valid AlertInput input) {
        ClientAlert alert = alert(clientId, alertId);
        String before = historyValue(alert);
        alert.change(input.type(), input.priority(), input.description().strip(), input.activeOrDefault());
        em.flush();
        recordChange(clientId, before, alert);
        return AlertRow.of(alert);
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public AlertRow deactivate(@NotNull Long clientId, @NotNull Long alertId) {
        ClientAlert alert = alert(clientId, alertId);
        String before = historyValue(alert);
        alert.deactivate();
        em.flush();
        recordChange(clientId, before, alert);
        return AlertRow.of(alert);
    }

    /** The client's history shows each alert as it was and became ("" while inactive). */
    private void recordChange(Long clientId, String before, ClientAlert alert) {
        audit.changes("Client", clientId, Collections.singletonMap(FIELD, before == null ? "" : before),
                Map.of(FIELD, historyValue(alert)), session.getCallerPrincipal().getName());
    }

    private static String historyValue(ClientAlert alert) {
        return alert.isActive() ? alert.getPriority().label() + " · " + alert.getType().label() + ": " + alert.getDescription() : "";
    }

    private ClientAlert alert(Long clientId, Long alertId) {
        client(clientId);
        return em.createQuery("select a from ClientAlert a where a.id = :id and a.client.id = :client",
                ClientAlert.class)
                .setParameter("id", alertId).setParameter("client", clientId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Alerta não encontrado."));
    }

    private Client client(Long id) {
        return em.createQuery("select c from Client c where c.id = :id and c.deletedAt is null", Client.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Cliente não encontrado."));
    }
}
