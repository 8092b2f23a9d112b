package br.com.clientela.backoffice.orders;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.catalog.boundary.CatalogItemRow;
import br.com.clientela.catalog.boundary.CatalogService;
import br.com.clientela.clients.boundary.Choice;
import br.com.clientela.clients.boundary.ClientRow;
import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.invoices.boundary.InvoiceDetails;
import br.com.clientela.invoices.boundary.InvoiceRow;
import br.com.clientela.lines.boundary.LineTotals;
import br.com.clientela.lines.entity.SaleLine;
import br.com.clientela.orders.boundary.OrderChange;
import br.com.clientela.orders.boundary.OrderDetails;
import br.com.clientela.orders.boundary.OrderInput;
import br.com.clientela.orders.boundary.OrderInvoicing;
import br.com.clientela.orders.boundary.OrderService;
import br.com.clientela.orders.boundary.OrderSettingsService;
import br.com.clientela.orders.boundary.OrderStatusRow;
import br.com.clientela.orders.boundary.OrderTypeRow;
import br.com.clientela.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * A new order or an existing one (orders/edit.xhtml?id= or ?clientId= to start one for that client): the client
 * (chosen by suggestion), type, status of a new order, notes and the lines, each a catalog item found by typing
 * or a free line, with the totals shown as the person types. An existing order also changes its status here and
 * shows its history; it is invoiced here ("Faturar", a due-date dialog) or links to its invoice. A closed one is
 * read-only. Every rule is the service's: the page only shows its refusals next to the inputs (lines[i].field →
 * the input of that row).
 */
@Named
@ViewScoped
public class EditOrderBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 10;

    @EJB
    OrderService orders;

    @EJB
    OrderSettingsService settings;

    @EJB
    ClientService clients;

    @EJB
    CatalogService catalog;

    @EJB
    OrderInvoicing invoicing;

    private Long id;
    private Long clientId;
    private OrderDetails order;
    private Choice client;
    private Long typeId;
    private Long statusId;
    private Long newStatusId;
    private String notes;
    private List<OrderLineForm> lines = new ArrayList<>();
    private List<Choice> clientSuggestions = new ArrayList<>();
    private List<CatalogItemRow> catalogSuggestions = new ArrayList<>();
    private List<OrderTypeRow> types;
    private List<OrderStatusRow> statuses;
    private Long invoiceId;
    private Long invoiceNumber;
    private LocalDate invoiceDueDate;

    /** f:viewAction: loads the order, or starts a new one (for the client given, if any). */
    public void load() throws IOException {
        try {
            if (id != null) {
                show(orders.find(id));
            } else if (clientId != null && client == null) {
                client = new Choice(clientId, clients.find(clientId).name());
            }
        } catch (NotFoundException notFound) {
            Faces.responseSendError(404, notFound.getMessage());
            return;
        }
        if (order == null && typeId == null) {
            // The defaults the service would take, shown so the person sees what a new order gets.
            typeId = getTypes().stream().findFirst().map(OrderTypeRow::id).orElse(null);
            statusId = getStatuses().stream().findFirst().map(OrderStatusRow::id).orElse(null);
        }
        if (lines.isEmpty()) {
            lines.add(new OrderLineForm());
        }
    }

    private void show(OrderDetails details) {
        order = details;
        client = new Choice(details.clientId(), details.clientName());
        typeId = details.typeId();
        statusId = details.statusId();
        newStatusId = null;
        notes = details.notes();
        lines = new ArrayList<>(details.lines().stream().map(OrderLineForm::of).toList());
        Optional<InvoiceRow> invoice = invoicing.invoiceOf(details.id());
        invoiceId = invoice.map(InvoiceRow::id).orElse(null);
        invoiceNumber = invoice.map(InvoiceRow::number).orElse(null);
    }

    public void prepareInvoice() {
        invoiceDueDate = null;
    }

    /** Issues the order's invoice and opens it; a refusal stays in the dialog. */
    public String invoice() {
        InvoiceDetails[] made = new InvoiceDetails[1];
        LocalDate due = invoiceDueDate;
        if (!PageMessages.attempt("invoiceForm", () -> made[0] = invoicing.invoice(order.id(), due))) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info("order.invoiced", String.valueOf(order.number()), String.valueOf(made[0].number()));
        return "/invoices/view?faces-redirect=true&id=" + made[0].id();
    }

    /** A saved order that is not cancelled (closed without being paid), was never paid and has no invoice yet. */
    public boolean isInvoiceable() {
        return order != null && invoiceId == null && order.paidAt() == null && !(order.closed() && !order.paid());
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public Long getInvoiceNumber() {
        return invoiceNumber;
    }

    public LocalDate getInvoiceDueDate() {
        return invoiceDueDate;
    }

    public void setInvoiceDueDate(LocalDate invoiceDueDate) {
        this.invoiceDueDate = invoiceDueDate;
    }

    /** Creates the order and opens it, or saves the details of the one open. */
    public String save() {
        List<br.com.clientela.lines.boundary.LineInput> typed = lines.stream().map(OrderLineForm::toInput).toList();
        OrderDetails[] saved = new OrderDetails[1];
        Long chosenClient = client == null ? null : client.id();
        boolean creating = order == null;
        if (!PageMessages.attempt("orderForm", () -> saved[0] = creating
                ? orders.create(new OrderInput(chosenClient, typeId, statusId, notes, typed, null, null))
                : orders.update(order.id(), new OrderChange(typeId, notes, typed), order.version()))) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info(creating ? "order.created" : "order.saved", String.valueOf(saved[0].number()));
        return "/orders/edit?faces-redirect=true&id=" + saved[0].id();
    }

    /** Moves the open order to the status chosen and opens it again, with its new status and history. */
    public String changeStatus() {
        OrderDetails[] changed = new OrderDetails[1];
        Long target = newStatusId;
        if (!PageMessages.attempt("statusForm", () -> changed[0] = orders.changeStatus(order.id(), target))) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info("order.statusChanged", String.valueOf(changed[0].number()), changed[0].statusName());
        return "/orders/edit?faces-redirect=true&id=" + changed[0].id();
    }

    public void addLine() {
        lines.add(new OrderLineForm());
    }

    public void removeLine(OrderLineForm line) {
        lines.remove(line);
        if (order == null && typeId == null) {
            // The defaults the service would take, shown so the person sees what a new order gets.
            typeId = getTypes().stream().findFirst().map(OrderTypeRow::id).orElse(null);
            statusId = getStatuses().stream().findFirst().map(OrderStatusRow::id).orElse(null);
        }
        if (lines.isEmpty()) {
            lines.add(new OrderLineForm());
        }
    }

    /** Suggestions for the client input: up to 10 clients matching what was typed. */
    public List<Choice> completeClient(String typed) {
        clientSuggestions = clients.search(typed, 0, SUGGESTIONS).stream()
                .map(row -> new Choice(row.id(), label(row))).toList();
        return clientSuggestions;
    }

    private static String label(ClientRow row) {
        return row.name();
    }

    /** Suggestions for a line's description: active catalog items whose name or code contains what was typed. */
    public List<String> completeCatalog(String typed) {
        catalogSuggestions = catalog.page(typed, true, 0, SUGGESTIONS);
        return catalogSuggestions.stream().map(CatalogItemRow::name).toList();
    }

    /** A catalog suggestion was chosen for this line (its description is now the item's name): id and price. */
    public void catalogChosen(OrderLineForm line) {
        catalogSuggestions.stream().filter(item -> item.name().equals(line.getDescription())).findFirst()
                .ifPresent(item -> line.choose(item.id(), item.name(), item.unitPrice()));
    }

    /** The totals of the lines typed so far (incomplete lines left out). */
    public LineTotals getTotals() {
        List<SaleLine> ready = lines.stream().map(OrderLineForm::preview).filter(Objects::nonNull).toList();
        return LineTotals.of(ready);
    }

    public BigDecimal getItemCount() {
        return lines.stream().map(OrderLineForm::preview).filter(Objects::nonNull).map(SaleLine::getQuantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isCreating() {
        return order == null;
    }

    public boolean isClosed() {
        return order != null && order.closed();
    }

    /** The active types, and the order's own type even if it was deactivated since. */
    public List<OrderTypeRow> getTypes() {
        if (types == null) {
            types = settings.types(false).stream().filter(t -> t.active() || t.id().equals(typeId)).toList();
        }
        return types;
    }

    /** The active statuses (those a new order or a change may take). */
    public List<OrderStatusRow> getStatuses() {
        if (statuses == null) {
            statuses = settings.statuses(true);
        }
        return statuses;
    }

    /** Turns the chosen client into its id in the page and back, from the suggestions or the current choice. */
    public Converter<Choice> getClientConverter() {
        return new ClientChoiceConverter();
    }

    private final class ClientChoiceConverter implements Converter<Choice>, Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public Choice getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            Long wanted;
            try {
                wanted = Long.valueOf(value);
            } catch (NumberFormatException notAnId) {
                return null;
            }
            if (client != null && client.id().equals(wanted)) {
                return client;
            }
            return clientSuggestions.stream().filter(c -> c.id().equals(wanted)).findFirst().orElse(null);
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Choice value) {
            return value == null ? "" : String.valueOf(value.id());
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public OrderDetails getOrder() {
        return order;
    }

    public Choice getClient() {
        return client;
    }

    public void setClient(Choice client) {
        this.client = client;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }

    public Long getStatusId() {
        return statusId;
    }

    public void setStatusId(Long statusId) {
        this.statusId = statusId;
    }

    public Long getNewStatusId() {
        return newStatusId;
    }

    public void setNewStatusId(Long newStatusId) {
        this.newStatusId = newStatusId;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<OrderLineForm> getLines() {
        return lines;
    }
}
