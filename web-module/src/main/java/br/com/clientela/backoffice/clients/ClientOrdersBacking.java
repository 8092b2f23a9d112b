package br.com.clientela.backoffice.clients;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.orders.boundary.OrderClientSummary;
import br.com.clientela.orders.boundary.OrderDetails;
import br.com.clientela.orders.boundary.OrderFilter;
import br.com.clientela.orders.boundary.OrderRow;
import br.com.clientela.orders.boundary.OrderService;
import br.com.clientela.orders.boundary.OrderSettingsService;
import br.com.clientela.orders.boundary.OrderStatusRow;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Pedidos" tab of a client's profile (WEB-INF/includes/clients/orders-tab.xhtml): the client's orders paged in
 * the database, their count and paid total, a "Novo pedido" for this client, and each open order's status changed
 * right in its row.
 */
@Named
@ViewScoped
public class ClientOrdersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OrderService orders;

    @EJB
    OrderSettingsService settings;

    @Inject
    ClientProfileBacking profile;

    private OrderClientSummary summary;
    private List<OrderStatusRow> statuses;
    /** The status chosen in each row shown, by order id (filled with the row's status as the page loads). */
    private final Map<Long, Long> chosenStatus = new HashMap<>();

    private final PagedRows<OrderRow> rows = new PagedRows<>(
            () -> orders.count(OrderFilter.ofClient(profile.getId())),
            (first, size) -> remember(orders.page(OrderFilter.ofClient(profile.getId()), first, size)), OrderRow::id);

    private List<OrderRow> remember(List<OrderRow> page) {
        page.forEach(row -> chosenStatus.put(row.id(), row.statusId()));
        return page;
    }

    /** The row's menu changed: moves that order to the status chosen. */
    public void changeStatus(OrderRow row) {
        Long target = chosenStatus.get(row.id());
        OrderDetails[] changed = new OrderDetails[1];
        if (PageMessages.attempt(null, () -> changed[0] = orders.changeStatus(row.id(), target))) {
            PageMessages.info("clientOrders.statusChanged", String.valueOf(changed[0].number()),
                    changed[0].statusName());
            summary = null;
        } else {
            chosenStatus.put(row.id(), row.statusId());
        }
    }

    public OrderClientSummary getSummary() {
        if (summary == null) {
            summary = orders.clientSummary(profile.getId());
        }
        return summary;
    }

    /** The statuses an order may move to (the active ones). */
    public List<OrderStatusRow> getStatuses() {
        if (statuses == null) {
            statuses = settings.statuses(true);
        }
        return statuses;
    }

    public PagedRows<OrderRow> getRows() {
        return rows;
    }

    public Map<Long, Long> getChosenStatus() {
        return chosenStatus;
    }
}
