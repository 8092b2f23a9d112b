package br.com.clientela.orders.boundary;

import br.com.clientela.orders.control.Reordering;
import br.com.clientela.orders.entity.OrderStatus;
import br.com.clientela.orders.entity.OrderType;
import br.com.clientela.shared.ConflictException;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;

/**
 * The company's order types and statuses: everyone reads them (forms offer them), a MANAGER or ADMIN adds,
 * renames, reorders, flags, deactivates and deletes them. Names are unique in the company (any case); a type or
 * status some order uses cannot be deleted, only deactivated; at least one active type and one active status
 * always remain, so a new order always has its defaults.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class OrderSettingsService {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    /** The types in the company's order; only the active ones when {@code onlyActive}. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<OrderTypeRow> types(boolean onlyActive) {
        return allTypes().stream().filter(t -> !onlyActive || t.isActive()).map(OrderTypeRow::of).toList();
    }

    /** The statuses in the company's order; only the active ones when {@code onlyActive}. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<OrderStatusRow> statuses(boolean onlyActive) {
        return allStatuses().stream().filter(s -> !onlyActive || s.isActive()).map(OrderStatusRow::of).toList();
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public OrderTypeRow type(@NotNull Long id) {
        return OrderTypeRow.of(loadType(id));
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public OrderStatusRow status(@NotNull Long id) {
        return OrderStatusRow.of(loadStatus(id));
    }

    /** A new type, last unless a position is given. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public OrderTypeRow createType(@NotNull(message = "{clientela.body.required}") @Valid OrderTypeInput input) {
        String name = input.name().strip();
        refuseTakenTypeName(name, null);
        List<OrderType> all = allTypes();
        OrderType type = new OrderType(name, all.size() + 1);
        type.setActive(input.active() == null || input.active());
        em.persist(type);
        if (input.position() != null) {
            all.add(type);
            Reordering.moveTo(all, type, input.position());
        }
        em.flush();
        return OrderTypeRow.of(type);
    }

    /** Renames; {@code active} and {@code position} change only when given. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public OrderTypeRow updateType(@NotNull Long id,
            @NotNull(message = "{clientela.body.required}") @Valid OrderTypeInput input) {
        OrderType type = loadType(id);
        String name = input.name().strip();
        refuseTakenTypeName(name, id);
        type.rename(name);
        if (input.active() != null && input.active() != type.isActive()) {
            setTypeActive(type, input.active());
        }
        if (input.position() != null) {
            Reordering.moveTo(allTypes(), type, input.position());
        }
        em.flush();
        return OrderTypeRow.of(type);
    }

    /** One place up ({@code -1}) or down ({@code +1}) in the company's order. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public List<OrderTypeRow> moveType(@NotNull Long id, int delta) {
        OrderType type = loadType(id);
        Reordering.step(allTypes(), type, Integer.signum(delta));
        em.flush();
        return types(false);
    }

    @RolesAllowed({"ADMIN", "MANAGER"})
    public OrderTypeRow setTypeActive(@NotNull Long id, boolean active) {
        OrderType type = loadType(id);
        setTypeActive(type, active);
        return OrderTypeRow.of(type);
    }

    /** Deletes a type no order uses (else 409: deactivate it instead). */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public void deleteType(@NotNull Long id) {
        OrderType type = loadType(id);
        long uses = em.createQuery("select count(o) from SalesOrder o where o.type.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (uses > 0) {
            throw new ConflictException(null, "O tipo \"" + type.getName() + "\" é usado por " + uses
                    + " pedido(s): desative-o em vez de excluir.");
        }
        if (type.isActive()) {
            refuseLastActiveType(type);
        }
        em.remove(type);
        List<OrderType> rest = allTypes();
        rest.remove(type);
        Reordering.renumber(rest);
    }

    /** A new status, last unless a position is given. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public OrderStatusRow createStatus(@NotNull(message = "{clientela.body.required}") @Valid OrderStatusInput input) {
        String name = input.name().strip();
        refuseTakenStatusName(name, null);
        List<OrderStatus> all = allStatuses();
        OrderStatus status = new OrderStatus(name, all.size() + 1, Boolean.TRUE.equals(input.paid()),
                Boolean.TRUE.equals(input.closed()));
        status.setActive(input.active() == null || input.active());
        em.persist(status);
        if (input.position() != null) {
            all.add(status);
            Reordering.moveTo(all, status, input.position());
        }
        em.flush();
        return OrderStatusRow.of(status);
    }

    /** Renames; flags, {@code active} and {@code position} change only when given. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public OrderStatusRow updateStatus(@NotNull Long id,
            @NotNull(message = "{clientela.body.required}") @Valid OrderStatusInput input) {
        OrderStatus status = loadStatus(id);
        String name = input.name().strip();
        refuseTakenStatusName(name, id);
        status.rename(name);
        status.setFlags(input.paid() == null ? status.isPaid() : input.paid(),
                input.closed() == null ? status.isClosed() : input.closed());
        if (input.active() != null && input.active() != status.isActive()) {
            setStatusActive(status, input.active());
        }
        if (input.position() != null) {
            Reordering.moveTo(allStatuses(), status, input.position());
        }
        em.flush();
        return OrderStatusRow.of(status);
    }

    /** One place up ({@code -1}) or down ({@code +1}) in the company's order. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public List<OrderStatusRow> moveStatus(@NotNull Long id, int delta) {
        OrderStatus status = loadStatus(id);
        Reordering.step(allStatuses(), status, Integer.signum(delta));
        em.flush();
        return statuses(false);
    }

    @RolesAllowed({"ADMIN", "MANAGER"})
    public OrderStatusRow setStatusActive(@NotNull Long id, boolean active) {
        OrderStatus status = loadStatus(id);
        setStatusActive(status, active);
        return OrderStatusRow.of(status);
    }

    /** Deletes a status no order uses or used (else 409: deactivate it instead). */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public void deleteStatus(@NotNull Long id) {
        OrderStatus status = loadStatus(id);
        long uses = em.createQuery("select count(o) from SalesOrder o where o.status.id = :id", Long.class)
                .setParameter("id", id).getSingleResult()
                + em.createQuery("select count(h) from OrderStatusChange h where h.toStatusId = :id"
                        + " or h.fromStatusId = :id", Long.class).setParameter("id", id).getSingleResult();
        if (uses > 0) {
            throw new ConflictException(null, "A situação \"" + status.getName()
                    + "\" está em uso por pedidos: desative-a em vez de excluir.");
        }
        if (status.isActive()) {
            refuseLastActiveStatus(status);
        }
        em.remove(status);
        List<OrderStatus> rest = allStatuses();
        rest.remove(status);
        Reordering.renumber(rest);
    }

    private void setTypeActive(OrderType type, boolean active) {
        if (!active && type.isActive()) {
            refuseLastActiveType(type);
        }
        type.setActive(active);
    }

    private void setStatusActive(OrderStatus status, boolean active) {
        if (!active && status.isActive()) {
            refuseLastActiveStatus(status);
        }
        status.setActive(active);
    }

    private void refuseLastActiveType(OrderType type) {
        if (allTypes().stream().noneMatch(t -> t.isActive() && !t.getId().equals(type.getId()))) {
            throw new InvalidInputException("active", "Mantenha pelo menos um tipo de pedido ativo.");
        }
    }

    private void refuseLastActiveStatus(OrderStatus status) {
        if (allStatuses().stream().noneMatch(s -> s.isActive() && !s.getId().equals(status.getId()))) {
            throw new InvalidInputException("active", "Mantenha pelo menos uma situação de pedido ativa.");
        }
    }

    private void refuseTakenTypeName(String name, Long ownId) {
        boolean taken = allTypes().stream().anyMatch(t -> !t.getId().equals(ownId) && same(t.getName(), name));
        if (taken) {
            throw new ConflictException("name", "Já existe um tipo de pedido com este nome.");
        }
    }

    private void refuseTakenStatusName(String name, Long ownId) {
        boolean taken = allStatuses().stream().anyMatch(s -> !s.getId().equals(ownId) && same(s.getName(), name));
        if (taken) {
            throw new ConflictException("name", "Já existe uma situação de pedido com este nome.");
        }
    }

    private static boolean same(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    /** The company's types in order (a handful: one query, kept in the persistence context). */
    private List<OrderType> allTypes() {
        return new java.util.ArrayList<>(em.createQuery("select t from OrderType t order by t.position, t.id",
                OrderType.class).getResultList());
    }

    private List<OrderStatus> allStatuses() {
        return new java.util.ArrayList<>(em.createQuery("select s from OrderStatus s order by s.position, s.id",
                OrderStatus.class).getResultList());
    }

    private OrderType loadType(Long id) {
        return em.createQuery("select t from OrderType t where t.id = :id", OrderType.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Tipo de pedido não encontrado."));
    }

    private OrderStatus loadStatus(Long id) {
        return em.createQuery("select s from OrderStatus s where s.id = :id", OrderStatus.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Situação de pedido não encontrada."));
    }
}
