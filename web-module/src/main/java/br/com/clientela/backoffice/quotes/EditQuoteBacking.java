package br.com.clientela.backoffice.quotes;

import br.com.clientela.backoffice.clients.ClientFormat;
import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.backoffice.quotes.QuoteLineForm.CatalogChoice;
import br.com.clientela.catalog.boundary.CatalogService;
import br.com.clientela.clients.boundary.ClientDetails;
import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.quotes.boundary.QuoteDetails;
import br.com.clientela.quotes.boundary.QuoteInput;
import br.com.clientela.quotes.boundary.QuoteService;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.shared.money.Money;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * Creating a quote or editing a draft (quotes/edit.xhtml, ?id= to edit, ?clientId= to start one for a client):
 * the client by search, the validity on a calendar, notes, and the lines — each a catalog item found by search
 * (which fills description and price) or a free line — with the line totals and the quote's totals shown as
 * typed. Saving goes to the quote's page; a refusal shows next to the field it is about.
 */
@Named
@ViewScoped
public class EditQuoteBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 10;
    private static final int DEFAULT_VALIDITY_DAYS = 15;

    @EJB
    QuoteService quotes;

    @EJB
    ClientService clients;

    @EJB
    CatalogService catalog;

    @Inject
    ClientFormat format;

    private Long id;
    /** The version of the draft this form was loaded from: a save over someone else's later save is refused. */
    private Long version;
    private Long clientId;
    private long number;
    private ClientChoice client;
    private LocalDate validUntil;
    private String notes;
    private final List<QuoteLineForm> lines = new ArrayList<>();
    private final Map<Long, ClientChoice> offeredClients = new HashMap<>();
    private final Map<Long, CatalogChoice> offeredItems = new HashMap<>();

    /** f:viewAction: a draft to edit, or a new quote (for the client given, valid for 15 days, one empty line). */
    public void load() throws IOException {
        if (!lines.isEmpty() || client != null) {
            return;
        }
        try {
            if (id != null) {
                QuoteDetails quote = quotes.find(id);
                if (!quote.editable()) {
                    Faces.redirect(Faces.getRequestContextPath() + "/quotes/view.xhtml?id=" + id);
                    return;
                }
                number = quote.number();
                version = quote.version();
                client = remember(new ClientChoice(quote.clientId(), quote.clientName(), ""));
                validUntil = quote.validUntil();
                notes = quote.notes();
                quote.lines().forEach(line -> lines.add(QuoteLineForm.of(line)));
                lines.stream().map(QuoteLineForm::getItem).filter(i -> i != null).forEach(i -> offeredItems.put(i.id(), i));
            } else {
                if (clientId != null) {
                    ClientDetails details = clients.find(clientId);
                    client = remember(new ClientChoice(details.id(), details.name(),
                            format.document(details.kind(), details.document())));
                }
                validUntil = LocalDate.now().plusDays(DEFAULT_VALIDITY_DAYS);
                lines.add(new QuoteLineForm());
            }
        } catch (NotFoundException notFound) {
            Faces.responseSendError(404, notFound.getMessage());
        }
    }

    public List<ClientChoice> completeClient(String typed) {
        return clients.search(typed, 0, SUGGESTIONS).stream()
                .map(row -> remember(new ClientChoice(row.id(), row.name(), format.document(row.kind(), row.document()))))
                .toList();
    }

    public List<CatalogChoice> completeItem(String typed) {
        return catalog.page(typed, true, 0, SUGGESTIONS).stream()
                .map(row -> {
                    CatalogChoice choice = new CatalogChoice(row.id(), row.name(), row.unitPrice());
                    offeredItems.put(choice.id(), choice);
                    return choice;
                })
                .toList();
    }

    public void addLine() {
        lines.add(new QuoteLineForm());
    }

    public void removeLine(int index) {
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
        }
    }

    /** Saves and opens the quote's page, where the growl says so. */
    public String save() {
        QuoteInput input = new QuoteInput(client == null ? null : client.id(), validUntil, notes,
                lines.stream().map(QuoteLineForm::toInput).toList());
        QuoteDetails[] saved = new QuoteDetails[1];
        Long editing = id;
        Long loaded = version;
        if (!PageMessages.attempt("quoteForm",
                () -> saved[0] = editing == null ? quotes.create(input) : quotes.update(editing, input, loaded))) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info(editing == null ? "quotes.created" : "quotes.saved", String.valueOf(saved[0].number()));
        return "/quotes/view?faces-redirect=true&id=" + saved[0].id();
    }

    public BigDecimal getGross() {
        return lines.stream().map(QuoteLineForm::getGross).reduce(Money.ZERO, BigDecimal::add);
    }

    public BigDecimal getDiscount() {
        return getGross().subtract(getTotal());
    }

    public BigDecimal getTotal() {
        return lines.stream().map(QuoteLineForm::getTotal).reduce(Money.ZERO, BigDecimal::add);
    }

    private ClientChoice remember(ClientChoice choice) {
        offeredClients.put(choice.id(), choice);
        return choice;
    }

    /** Turns a suggested client into its id in the page and back. */
    public Converter<ClientChoice> getClientConverter() {
        return new ChoiceConverter<>(offeredClients, ClientChoice::id);
    }

    public Converter<CatalogChoice> getItemConverter() {
        return new ChoiceConverter<>(offeredItems, CatalogChoice::id);
    }

    public boolean isCreating() {
        return id == null;
    }

    public long getNumber() {
        return number;
    }

    public List<QuoteLineForm> getLines() {
        return lines;
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

    public ClientChoice getClient() {
        return client;
    }

    public void setClient(ClientChoice client) {
        this.client = client;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    /** A client offered by the search: name and CPF/CNPJ with its mask. */
    public record ClientChoice(Long id, String name, String document) implements Serializable {

        public String label() {
            return document == null || document.isBlank() ? name : name + " · " + document;
        }
    }

    /** A suggestion is sent as its id and found again among the ones this view offered. */
    private record ChoiceConverter<T>(Map<Long, T> offered, java.util.function.Function<T, Long> idOf)
            implements Converter<T> {

        @Override
        public T getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return offered.get(Long.valueOf(value.trim()));
            } catch (NumberFormatException notAnId) {
                return null;
            }
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, T value) {
            return value == null ? "" : String.valueOf(idOf.apply(value));
        }
    }
}
