package br.com.clientela.backoffice.invoices;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.catalog.boundary.CatalogItemRow;
import br.com.clientela.catalog.boundary.CatalogService;
import br.com.clientela.clients.boundary.Choice;
import br.com.clientela.clients.boundary.ClientDetails;
import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.invoices.boundary.InvoiceDetails;
import br.com.clientela.invoices.boundary.InvoiceInput;
import br.com.clientela.invoices.boundary.InvoiceService;
import br.com.clientela.shared.money.Money;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A new invoice (invoices/edit.xhtml): the client by autocomplete (or preset by ?clientId=), dates, notes and
 * the lines — a catalog item picked by name fills description and price, or a free line — with live totals.
 * Saving issues the invoice and opens it.
 */
@Named
@ViewScoped
public class EditInvoiceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    InvoiceService invoices;

    @EJB
    CatalogService catalog;

    @EJB
    ClientService clients;

    private Long clientId;
    private Choice client;
    private LocalDate issueDate = LocalDate.now();
    private LocalDate dueDate;
    private String notes;
    private final List<LineForm> lines = new ArrayList<>(List.of(new LineForm()));

    /** A client given by the profile's "Nova fatura" button comes preselected. */
    public void load() {
        if (clientId != null && client == null) {
            ClientDetails preset = clients.find(clientId);
            client = new Choice(preset.id(), preset.name());
        }
    }

    public List<Choice> completeClient(String typed) {
        return clients.search(typed, 0, 15).stream().map(row -> new Choice(row.id(), row.name())).toList();
    }

    public List<String> completeItem(String typed) {
        return catalog.page(typed, true, 0, 10).stream().map(CatalogItemRow::name).toList();
    }

    /** A catalog item picked by name: the line takes its id and price. */
    public void pickItem(LineForm line) {
        catalog.page(line.getDescription(), true, 0, 10).stream()
                .filter(item -> item.name().equals(line.getDescription())).findFirst()
                .ifPresent(item -> {
                    line.setCatalogItemId(item.id());
                    line.setUnitPrice(item.unitPrice());
                });
    }

    /** Typing over a picked item's name makes it a free line. */
    public void typedDescription(LineForm line) {
        line.setCatalogItemId(null);
        pickItem(line);
    }

    public void addLine() {
        lines.add(new LineForm());
    }

    public void removeLine(LineForm line) {
        lines.remove(line);
        if (lines.isEmpty()) {
            lines.add(new LineForm());
        }
    }

    public void save() throws IOException {
        InvoiceInput input = InvoiceInput.of(client == null ? null : client.id(), issueDate, dueDate, notes,
                lines.stream().map(LineForm::input).toList());
        InvoiceDetails[] issued = new InvoiceDetails[1];
        if (PageMessages.attempt("invoiceForm", () -> issued[0] = invoices.issue(input))) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.info("invoice.issued", issued[0].number());
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                    + "/invoices/view.xhtml?id=" + issued[0].id());
        }
    }

    public BigDecimal getGross() {
        return lines.stream().map(LineForm::getGross).reduce(Money.ZERO, BigDecimal::add);
    }

    public BigDecimal getDiscount() {
        return lines.stream().map(l -> l.getDiscount() == null ? Money.ZERO : l.getDiscount())
                .reduce(Money.ZERO, BigDecimal::add);
    }

    public BigDecimal getTotal() {
        return getGross().subtract(getDiscount());
    }

    public List<LineForm> getLines() {
        return lines;
    }

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public Choice getClient() {
        return client;
    }

    public void setClient(Choice client) {
        this.client = client;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
