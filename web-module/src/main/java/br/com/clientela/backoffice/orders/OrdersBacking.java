package br.com.clientela.backoffice.orders;

import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.orders.boundary.OrderFilter;
import br.com.clientela.orders.boundary.OrderRow;
import br.com.clientela.orders.boundary.OrderService;
import br.com.clientela.orders.boundary.OrderSettingsService;
import br.com.clientela.orders.boundary.OrderStatusRow;
import br.com.clientela.orders.boundary.OrderTypeRow;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The orders list (orders/list.xhtml): a table paged in the database, newest first, narrowed by a search box
 * (number or client name), status and type.
 */
@Named
@ViewScoped
public class OrdersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OrderService orders;

    @EJB
    OrderSettingsService settings;

    private String query;
    private Long statusId;
    private Long typeId;
    private List<OrderStatusRow> statuses;
    private List<OrderTypeRow> types;
    private final PagedRows<OrderRow> rows = new PagedRows<>(() -> orders.count(filter()),
            (first, size) -> orders.page(filter(), first, size), OrderRow::id);

    private OrderFilter filter() {
        return new OrderFilter(statusId, typeId, null, query);
    }

    public PagedRows<OrderRow> getRows() {
        return rows;
    }

    public List<OrderStatusRow> getStatuses() {
        if (statuses == null) {
            statuses = settings.statuses(false);
        }
        return statuses;
    }

    public List<OrderTypeRow> getTypes() {
        if (types == null) {
            types = settings.types(false);
        }
        return types;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Long getStatusId() {
        return statusId;
    }

    public void setStatusId(Long statusId) {
        this.statusId = statusId;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }
}
