package br.com.clientela.orders.boundary;

import br.com.clientela.audit.control.RecordVersions;
import br.com.clientela.orders.control.CompanyList;
import br.com.clientela.orders.entity.OrderStatus;
import br.com.clientela.orders.entity.OrderType;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The company's order types and statuses: everyone reads them (forms offer them), a MANAGER or ADMIN adds,
 * renames, reorders, flags, deactivates and deletes them. Names are unique in the company (any case); a type or
 * status some order uses cannot be deleted, only deactivated; at least one active type and one active status
 * always remain, so a new order always has its defaults.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class OrderSettingsService {

    private static final CompanyList.Words TYPE_WORDS = new CompanyList.Words("Tipo de pedido não encontrado.",
            "Já existe um tipo de pedido com este nome.", "Mantenha pelo menos um tipo de pedido ativo.");
    private static final CompanyList.Words STATUS_WORDS = new CompanyList.Words("Situação de pedido não encontrada.",
            "Já existe uma situação de pedido com este nome.", "Mantenha pelo menos uma situação de pedido ativa.");

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RecordVersions versions;

    /** The types in the company's order; only the active ones when {@code onlyActive}. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<OrderTypeRow> types(boolean onlyActive) {
        return types().all().stream().filter(t -> !onlyActive || t.isActive()).map(OrderTypeRow::of).toList();
    }

    /** The statuses in the company's order; only the active ones when {@code onlyActive}. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<OrderStatusRow> statuses(boolean onlyActive) {
        return statuses().all().stream().filter(s -> !onlyActive || s.isActive()).map(OrderStatusRow::of).toList();
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public OrderTypeRow type(@NotNull Long id) {
        return OrderTypeRow.of(types().load(id));
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public OrderStatusRow status(@NotNull Long id) {
        return OrderStatusRow.of(statuses().load(id));
    }

    /** A new type, last unless a position is given. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public OrderTypeRow createType(@NotNull(message = "{clientela.body.required}") @Valid OrderTypeInput input) {
        return OrderTypeRow.of(types().add(new OrderType(input.name().strip(), 0), input.active(), input.position()));
    }

    /** Renames; {@code active} and {@code position} change only when given. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public OrderTypeRow updateType(@NotNull Long id,
            @NotNull(message = "{clientela.body.required}") @Valid OrderTypeInput input) {
        return updateType(id, input, null);
    }

    /** Like {@link #updateType(Long, OrderTypeInput)}, refusing a change based on an old version (null: any). */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public OrderTypeRow updateType(@NotNull Long id,
            @NotNull(message = "{clientela.body.required}") @Valid OrderTypeInput input, Long expectedVersion) {
        CompanyList<OrderType> types = types();
        OrderType type = types.load(id);
        versions.claim(type, "OrderType", id, type.getVersion(), expectedVersion, caller());
        return OrderTypeRow.of(types.change(type, input.name().strip(), input.active(), input.position()));
    }

    /** One place up ({@code -1}) or down ({@code +1}) in the company's order. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public List<OrderTypeRow> moveType(@NotNull Long id, int delta) {
        CompanyList<OrderType> types = types();
        types.step(types.load(id), delta);
        return types(false);
    }

    @RolesAllowed({"ADMIN", "MANAGER"})
    public OrderTypeRow setTypeActive(@NotNull Long id, boolean active) {
        CompanyList<OrderType> types = types();
        OrderType type = types.load(id);
        types.setActive(type, active);
        return OrderTypeRow.of(type);
    }

    /** Deletes a type no order uses (else 409: deactivate it instead). */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public void deleteType(@NotNull Long id) {
        CompanyList<OrderType> types = types();
        OrderType type = types.load(id);
        long uses = em.createQuery("select count(o) from SalesOrder o where o.type.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        types.delete(type, uses, "O tipo \"" + type.getName() + "\" é usado por " + uses
                + " pedido(s): desative-o em vez de excluir.");
    }

    /** A new status, last unless a position is given. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public OrderStatusRow createStatus(@NotNull(message = "{clientela.body.required}") @Valid OrderStatusInput input) {
        OrderStatus status = new OrderStatus(input.name().strip(), 0, Boolean.TRUE.equals(input.paid()),
                Boolean.TRUE.equals(input.closed()));
        return OrderStatusRow.of(statuses().add(status, input.active(), input.position()));
    }

    /** Renames; flags, {@code active} and {@code position} change only when given. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public OrderStatusRow updateStatus(@NotNull Long id,
            @NotNull(message = "{clientela.body.required}") @Valid OrderStatusInput input) {
        return updateStatus(id, input, null);
    }

    /** Like {@link #updateStatus(Long, OrderStatusInput)}, refusing a change based on an old version (null: any). */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public OrderStatusRow updateStatus(@NotNull Long id,
            @NotNull(message = "{clientela.body.required}") @Valid OrderStatusInput input, Long expectedVersion) {
        CompanyList<OrderStatus> statuses = statuses();
        OrderStatus status = statuses.load(id);
        versions.claim(status, "OrderStatus", id, status.getVersion(), expectedVersion, caller());
        status.setFlags(input.paid() == null ? status.isPaid() : input.paid(),
                input.closed() == null ? status.isClosed() : input.closed());
        return OrderStatusRow.of(statuses.change(status, input.name().strip(), input.active(), input.position()));
    }

    /** One place up ({@code -1}) or down ({@code +1}) in the company's order. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public List<OrderStatusRow> moveStatus(@NotNull Long id, int delta) {
        CompanyList<OrderStatus> statuses = statuses();
        statuses.step(statuses.load(id), delta);
        return statuses(false);
    }

    @RolesAllowed({"ADMIN", "MANAGER"})
    public OrderStatusRow setStatusActive(@NotNull Long id, boolean active) {
        CompanyList<OrderStatus> statuses = statuses();
        OrderStatus status = statuses.load(id);
        statuses.setActive(status, active);
        return OrderStatusRow.of(status);
    }

    /** Deletes a status no order uses or used (else 409: deactivate it instead). */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public void deleteStatus(@NotNull Long id) {
        CompanyList<OrderStatus> statuses = statuses();
        OrderStatus status = statuses.load(id);
        long uses = em.createQuery("select count(o) from SalesOrder o where o.status.id = :id", Long.class)
                .setParameter("id", id).getSingleResult()
                + em.createQuery("select count(h) from OrderStatusChange h where h.toStatusId = :id"
                        + " or h.fromStatusId = :id", Long.class).setParameter("id", id).getSingleResult();
        statuses.delete(status, uses, "A situação \"" + status.getName()
                + "\" está em uso por pedidos: desative-a em vez de excluir.");
    }

    private CompanyList<OrderType> types() {
        return new CompanyList<>(em, OrderType.class, TYPE_WORDS);
    }

    private CompanyList<OrderStatus> statuses() {
        return new CompanyList<>(em, OrderStatus.class, STATUS_WORDS);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
