package br.com.clientela.orders.boundary;

import br.com.clientela.audit.control.RecordVersions;
import br.com.clientela.clients.control.DocumentSearch;
import br.com.clientela.lines.control.DocumentNumbering;
import br.com.clientela.lines.control.SaleLines;
import br.com.clientela.lines.entity.DocumentKind;
import br.com.clientela.lines.entity.SaleLine;
import br.com.clientela.orders.control.OrderFigures;
import br.com.clientela.orders.control.OrderTotals;
import br.com.clientela.orders.entity.OrderStatus;
import br.com.clientela.orders.entity.OrderStatusChange;
import br.com.clientela.orders.entity.OrderType;
import br.com.clientela.orders.entity.SalesOrder;
import br.com.clientela.payments.boundary.PaymentReceived;
import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.shared.ConflictException;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.transactions.control.TransactionRecorder;
import br.com.clientela.transactions.entity.SystemCategory;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Orders (pedidos): create with lines (catalog or free), change type, notes and lines until the order's status
 * is closed, change the status (every change recorded with who and when), read one, and list them paged in the
 * database. The first time an order enters a paid status its money comes in: a PAYMENT transaction into the
 * method's default account and a {@link PaymentReceived} in the same transaction ("ORDER", the order's id); never
 * again for that order. Paying with the wallet goes through an invoice instead. Another company's order, client,
 * type or status is simply not found (404).
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class OrderService {

    public static final int MAX_PAGE = 100;
    public static final String PAYMENT_SOURCE = "ORDER";

    private static final String ROW = "select new br.com.clientela.orders.boundary.OrderRow(o.id, o.number,"
            + " o.clientId, c.name, t.id, t.name, s.id, s.name, s.paid, s.closed, o.itemCount, o.total, o.createdAt)"
            + " from SalesOrder o join o.type t join o.status s, Client c where c.id = o.clientId";

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RecordVersions versions;

    @Inject
    SaleLines saleLines;

    @Inject
    DocumentNumbering numbering;

    @Inject
    Event<PaymentReceived> payments;

    @Inject
    OrderTotals totals;

    @Inject
    TransactionRecorder transactions;

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public OrderDetails create(@NotNull(message = "{clientela.body.required}") @Valid OrderInput input) {
        String clientName = clientName(input.clientId());
        OrderType type = input.typeId() == null ? firstActiveType() : activeType(input.typeId());
        OrderStatus status = input.statusId() == null ? firstActiveStatus() : activeStatus(input.statusId());
        List<SaleLine> lines = saleLines.resolve(input.lines());
        LocalDateTime now = now();
        SalesOrder order = new SalesOrder(numbering.next(DocumentKind.ORDER), input.clientId(), type, status,
                input.sourceQuoteId(), input.sourceQuoteNumber(), caller(), now);
        order.setNotes(blankToNull(input.notes()));
        replaceLines(order, lines);
        boolean paidAtOnce = order.moveTo(status, now);
        em.persist(order);
        em.flush();
        em.persist(new OrderStatusChange(order.getId(), null, status.getId(), caller(), now));
        if (paidAtOnce) {
            announcePayment(order, null);
        }
        return details(order, clientName);
    }

    /** Replaces type (when given), notes and lines; refused once the order's status is closed. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public OrderDetails update(@NotNull Long id,
            @NotNull(message = "{clientela.body.required}") @Valid OrderChange change) {
        return update(id, change, null);
    }

    /**
     * Replaces type, notes and lines, refusing a change based on a version other than the current one
     * ({@code expectedVersion} null: whatever the current version is).
     */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public OrderDetails update(@NotNull Long id,
            @NotNull(message = "{clientela.body.required}") @Valid OrderChange change, Long expectedVersion) {
        SalesOrder order = load(id);
        versions.claim(order, "SalesOrder", id, order.getVersion(), expectedVersion, caller());
        refuseClosed(order);
        if (change.typeId() != null && !change.typeId().equals(order.getType().getId())) {
            order.setType(activeType(change.typeId()));
        }
        replaceLines(order, saleLines.resolve(change.lines()));
        order.setNotes(blankToNull(change.notes()));
        order.touch(now());
        em.flush();
        return details(order, nameOf(order.getClientId()));
    }

    /** Moves the order to another status, without a payment method. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public OrderDetails changeStatus(@NotNull Long id, Long statusId) {
        return changeStatus(id, statusId, null);
    }

    /**
     * Moves the order to another active status and records the change; the same status again changes nothing.
     * Entering a paid status for the first time announces the payment, with {@code method} when known. A closed
     * order keeps its status.
     */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public OrderDetails changeStatus(@NotNull Long id, Long statusId, PaymentMethod method) {
        if (statusId == null) {
            throw new InvalidInputException("statusId", "Escolha a nova situação do pedido.");
        }
        if (method == PaymentMethod.WALLET) {
            // The wallet is debited only through an invoice payment, which checks and locks its balance.
            throw new InvalidInputException("method", "Para pagar com a carteira, fature o pedido e registre o "
                    + "pagamento na fatura.");
        }
        SalesOrder order = load(id);
        if (statusId.equals(order.getStatus().getId())) {
            return details(order, nameOf(order.getClientId()));
        }
        refuseClosed(order);
        OrderStatus next = activeStatus(statusId);
        LocalDateTime now = now();
        Long from = order.getStatus().getId();
        em.persist(new OrderStatusChange(order.getId(), from, next.getId(), caller(), now));
        if (order.moveTo(next, now)) {
            announcePayment(order, method);
        }
        em.flush();
        return details(order, nameOf(order.getClientId()));
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public OrderDetails find(@NotNull Long id) {
        SalesOrder order = load(id);
        return details(order, nameOf(order.getClientId()));
    }

    /** The client's orders in figures (one aggregate query each): count, paid count, paid total. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public OrderClientSummary clientSummary(@NotNull Long clientId) {
        clientName(clientId);
        return new OrderClientSummary(count(OrderFilter.ofClient(clientId)), totals.paidCount(clientId),
                totals.paidTotal(clientId));
    }

    /** A page of the orders that pass the filter, newest number first. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<OrderRow> page(OrderFilter filter, @Min(value = 0, message = "{clientela.page.first}") int first,
            @Min(value = 1, message = "{clientela.page.size}") @Max(value = MAX_PAGE, message = "{clientela.page.size}")
            int size) {
        OrderFilter f = filter == null ? OrderFilter.none() : filter;
        return bind(em.createQuery(ROW + where(f) + " order by o.number desc", OrderRow.class), f)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public long count(OrderFilter filter) {
        OrderFilter f = filter == null ? OrderFilter.none() : filter;
        return bind(em.createQuery("select count(o) from SalesOrder o join o.type t join o.status s, Client c"
                + " where c.id = o.clientId" + where(f), Long.class), f).getSingleResult();
    }

    private static String where(OrderFilter f) {
        StringBuilder jpql = new StringBuilder();
        if (f.statusId() != null) {
            jpql.append(" and s.id = :status");
        }
        if (f.typeId() != null) {
            jpql.append(" and t.id = :type");
        }
        if (f.clientId() != null) {
            jpql.append(" and o.clientId = :client");
        }
        jpql.append(DocumentSearch.of(f.q()).where("o.number", "c.searchText"));
        return jpql.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, OrderFilter f) {
        if (f.statusId() != null) {
            query.setParameter("status", f.statusId());
        }
        if (f.typeId() != null) {
            query.setParameter("type", f.typeId());
        }
        if (f.clientId() != null) {
            query.setParameter("client", f.clientId());
        }
        return DocumentSearch.of(f.q()).bind(query);
    }

    private void replaceLines(SalesOrder order, List<SaleLine> lines) {
        OrderFigures figures = OrderFigures.of(lines);
        order.replaceLines(lines, figures.itemCount(), figures.gross(), figures.discount(), figures.total());
    }

    /** The money of a paid order comes in: a PAYMENT transaction (when there is money) and PaymentReceived. */
    private void announcePayment(SalesOrder order, PaymentMethod method) {
        if (order.getTotal().signum() > 0) {
            transactions.record(order.getClientId(), SystemCategory.PAYMENT, order.getTotal(), method,
                    transactions.defaultAccount(method), "Pagamento do pedido nº " + order.getNumber(), caller(),
                    PAYMENT_SOURCE, order.getId());
        }
        payments.fire(new PaymentReceived(order.getClientId(), order.getTotal(), method, PAYMENT_SOURCE,
                order.getId()));
    }

    private static void refuseClosed(SalesOrder order) {
        if (order.getStatus().isClosed()) {
            throw new ConflictException("status", "O pedido nº " + order.getNumber() + " está "
                    + order.getStatus().getName() + " (encerrado) e não pode mais ser alterado.");
        }
    }

    private OrderDetails details(SalesOrder order, String clientName) {
        // The company's few statuses by id, so the history needs no outer join for the first change (from none).
        Map<Long, String> names = em.createQuery("select s from OrderStatus s", OrderStatus.class).getResultStream()
                .collect(Collectors.toMap(OrderStatus::getId, OrderStatus::getName));
        List<OrderStatusChangeRow> history = em.createQuery("select h from OrderStatusChange h"
                + " where h.orderId = :order order by h.at desc, h.id desc", OrderStatusChange.class)
                .setParameter("order", order.getId()).getResultStream()
                .map(h -> new OrderStatusChangeRow(h.getFromStatusId(),
                        h.getFromStatusId() == null ? null : names.get(h.getFromStatusId()), h.getToStatusId(),
                        names.get(h.getToStatusId()), h.getActor(), h.getAt()))
                .toList();
        OrderType type = order.getType();
        OrderStatus status = order.getStatus();
        return new OrderDetails(order.getId(), order.getNumber(), order.getClientId(), clientName, type.getId(),
                type.getName(), status.getId(), status.getName(), status.isPaid(), status.isClosed(),
                order.getLines().stream().map(OrderLineRow::of).toList(), order.getItemCount(), order.getGross(),
                order.getDiscount(), order.getTotal(), order.getNotes(), order.getSourceQuoteId(),
                order.getSourceQuoteNumber(), order.getCreatedAt(), order.getCreatedBy(), order.getUpdatedAt(),
                order.getPaidAt(), history, order.getVersion());
    }

    private SalesOrder load(Long id) {
        return em.createQuery("select o from SalesOrder o where o.id = :id", SalesOrder.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Pedido não encontrado."));
    }

    /** The name of the caller's company's client, not in the trash; 404 otherwise. */
    private String clientName(Long clientId) {
        return em.createQuery("select c.name from Client c where c.id = :id and c.deletedAt is null", String.class)
                .setParameter("id", clientId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Cliente não encontrado."));
    }

    /** The name of an order's client, even one in the trash (its orders stay readable until it is purged). */
    private String nameOf(Long clientId) {
        return em.createQuery("select c.name from Client c where c.id = :id", String.class)
                .setParameter("id", clientId)
                .getResultStream().findFirst().orElse("");
    }

    private OrderType activeType(Long id) {
        OrderType type = em.createQuery("select t from OrderType t where t.id = :id", OrderType.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Tipo de pedido não encontrado."));
        if (!type.isActive()) {
            throw new InvalidInputException("typeId", "O tipo \"" + type.getName() + "\" está desativado.");
        }
        return type;
    }

    private OrderStatus activeStatus(Long id) {
        OrderStatus status = em.createQuery("select s from OrderStatus s where s.id = :id", OrderStatus.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Situação de pedido não encontrada."));
        if (!status.isActive()) {
            throw new InvalidInputException("statusId", "A situação \"" + status.getName() + "\" está desativada.");
        }
        return status;
    }

    private OrderType firstActiveType() {
        return em.createQuery("select t from OrderType t where t.active = true order by t.position, t.id",
                OrderType.class).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("typeId", "A empresa não tem tipos de pedido ativos."));
    }

    private OrderStatus firstActiveStatus() {
        return em.createQuery("select s from OrderStatus s where s.active = true order by s.position, s.id",
                OrderStatus.class).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("statusId", "A empresa não tem situações de pedido ativas."));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** To the microsecond, as the database keeps it, so what an answer shows is what a later read shows. */
    private static LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
