package br.com.clientela.backoffice.company;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.orders.boundary.OrderSettingsService;
import br.com.clientela.orders.boundary.OrderStatusInput;
import br.com.clientela.orders.boundary.OrderStatusRow;
import br.com.clientela.orders.boundary.OrderTypeInput;
import br.com.clientela.orders.boundary.OrderTypeRow;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The company's order types and statuses (company/order-settings.xhtml, MANAGER and ADMIN): two short lists in
 * the company's order, moved up and down, added and changed in one dialog (name; for a status its flags),
 * (de)activated, and deleted after a confirmation when no order uses them.
 */
@Named
@ViewScoped
public class OrderSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OrderSettingsService settings;

    private List<OrderTypeRow> types;
    private List<OrderStatusRow> statuses;

    /** What the dialog edits: a type or a status, new (id null) or existing. */
    private boolean editingStatus;
    private Long editingId;
    /** The version of what the dialog was opened on: a save over someone else's later save is refused. */
    private Long editingVersion;
    private String name;
    private boolean paid;
    private boolean closed;

    public void prepareNewType() {
        prepare(false, null, null, false, false);
        editingVersion = null;
    }

    public void prepareNewStatus() {
        prepare(true, null, null, false, false);
        editingVersion = null;
    }

    public void prepareEdit(OrderTypeRow type) {
        prepare(false, type.id(), type.name(), false, false);
        editingVersion = type.version();
    }

    public void prepareEdit(OrderStatusRow status) {
        prepare(true, status.id(), status.name(), status.paid(), status.closed());
        editingVersion = status.version();
    }

    private void prepare(boolean status, Long id, String name, boolean paid, boolean closed) {
        this.editingStatus = status;
        this.editingId = id;
        this.name = name;
        this.paid = paid;
        this.closed = closed;
    }

    /** Adds or changes what the dialog holds; the dialog stays open on a refusal. */
    public void save() {
        Long id = editingId;
        Long version = editingVersion;
        String typed = name;
        boolean ok;
        if (editingStatus) {
            OrderStatusInput input = new OrderStatusInput(typed, paid, closed, null, null);
            ok = PageMessages.attempt("settingForm", () -> {
                if (id == null) {
                    settings.createStatus(input);
                } else {
                    settings.updateStatus(id, input, version);
                }
            });
        } else {
            OrderTypeInput input = new OrderTypeInput(typed, null, null);
            ok = PageMessages.attempt("settingForm", () -> {
                if (id == null) {
                    settings.createType(input);
                } else {
                    settings.updateType(id, input, version);
                }
            });
        }
        if (ok) {
            PageMessages.info("orderSettings.saved", typed.strip());
            reload();
        }
    }

    public void moveType(OrderTypeRow type, int delta) {
        if (PageMessages.attempt(null, () -> settings.moveType(type.id(), delta))) {
            reload();
        }
    }

    public void moveStatus(OrderStatusRow status, int delta) {
        if (PageMessages.attempt(null, () -> settings.moveStatus(status.id(), delta))) {
            reload();
        }
    }

    public void toggleActive(OrderTypeRow type) {
        if (PageMessages.attempt(null, () -> settings.setTypeActive(type.id(), !type.active()))) {
            PageMessages.info("orderSettings.saved", type.name());
            reload();
        }
    }

    public void toggleActive(OrderStatusRow status) {
        if (PageMessages.attempt(null, () -> settings.setStatusActive(status.id(), !status.active()))) {
            PageMessages.info("orderSettings.saved", status.name());
            reload();
        }
    }

    public void delete(OrderTypeRow type) {
        if (PageMessages.attempt(null, () -> settings.deleteType(type.id()))) {
            PageMessages.info("orderSettings.deleted", type.name());
            reload();
        }
    }

    public void delete(OrderStatusRow status) {
        if (PageMessages.attempt(null, () -> settings.deleteStatus(status.id()))) {
            PageMessages.info("orderSettings.deleted", status.name());
            reload();
        }
    }

    private void reload() {
        types = null;
        statuses = null;
    }

    public List<OrderTypeRow> getTypes() {
        if (types == null) {
            types = settings.types(false);
        }
        return types;
    }

    public List<OrderStatusRow> getStatuses() {
        if (statuses == null) {
            statuses = settings.statuses(false);
        }
        return statuses;
    }

    public boolean isEditingStatus() {
        return editingStatus;
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isPaid() {
        return paid;
    }

    public void setPaid(boolean paid) {
        this.paid = paid;
    }

    public boolean isClosed() {
        return closed;
    }

    public void setClosed(boolean closed) {
        this.closed = closed;
    }
}
