package br.com.clientela.backoffice.quotes;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.invoices.boundary.InvoiceDetails;
import br.com.clientela.orders.boundary.OrderDetails;
import br.com.clientela.quotes.boundary.QuoteConversionService;
import br.com.clientela.quotes.boundary.QuoteDetails;
import br.com.clientela.quotes.boundary.QuoteService;
import br.com.clientela.quotes.entity.QuoteStatus;
import br.com.clientela.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A quote's page (quotes/view.xhtml?id=...): details, lines, totals and history; the buttons of the moves its
 * state allows (send, accept, refuse with a reason), editing and deleting a draft, and the PDF. Another company's
 * quote, or one that does not exist, is the 404 page.
 */
@Named
@ViewScoped
public class QuoteBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    QuoteService quotes;

    @EJB
    QuoteConversionService conversions;

    private Long id;
    private QuoteDetails quote;
    private String reason;
    private LocalDate dueDate;

    /** f:viewAction, after f:viewParam has set the id. */
    public void load() throws IOException {
        if (id == null) {
            Faces.responseSendError(404, "Orçamento não encontrado.");
            return;
        }
        try {
            quote = quotes.find(id);
        } catch (NotFoundException notFound) {
            Faces.responseSendError(404, notFound.getMessage());
        }
    }

    /** Reads the quote again, for an action of another feature on this page (converting it, say). */
    public void reload() {
        quote = quotes.find(id);
    }

    public void send() {
        move(() -> quotes.send(id), "quotes.sent");
    }

    public void accept() {
        move(() -> quotes.accept(id), "quotes.accepted");
    }

    public void prepareReject() {
        reason = null;
    }

    public void reject() {
        move(() -> quotes.reject(id, reason), "quotes.rejected");
    }

    public void prepareConversion() {
        dueDate = null;
    }

    /** Makes the invoice and opens it; a refusal stays in the dialog. */
    public String convertToInvoice() {
        InvoiceDetails[] made = new InvoiceDetails[1];
        if (!PageMessages.attempt("convertForm", () -> made[0] = conversions.toInvoice(id, dueDate))) {
            quote = quotes.find(id);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info("quotes.convertedToInvoice", String.valueOf(quote.number()), String.valueOf(made[0].number()));
        return "/invoices/view?faces-redirect=true&id=" + made[0].id();
    }

    /** Makes the order and opens it; a refusal shows in the growl and the page shows the quote as it is now. */
    public String convertToOrder() {
        OrderDetails[] made = new OrderDetails[1];
        if (!PageMessages.attempt(null, () -> made[0] = conversions.toOrder(id))) {
            quote = quotes.find(id);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info("quotes.convertedToOrder", String.valueOf(quote.number()), String.valueOf(made[0].number()));
        return "/orders/edit?faces-redirect=true&id=" + made[0].id();
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    /** Deletes the draft and goes back to the list, where the growl says so. */
    public String delete() {
        if (!PageMessages.attempt(null, () -> quotes.delete(id))) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info("quotes.deleted", String.valueOf(quote.number()));
        return "/quotes/list?faces-redirect=true";
    }

    public StreamedContent getPdf() {
        QuoteService service = quotes;
        Long quoteId = id;
        return DefaultStreamedContent.builder()
                .name("orcamento-" + quote.number() + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(service.pdf(quoteId)))
                .build();
    }

    private void move(Supplier<QuoteDetails> call, String doneKey) {
        QuoteDetails[] moved = new QuoteDetails[1];
        if (PageMessages.attempt("rejectForm", () -> moved[0] = call.get())) {
            quote = moved[0];
            PageMessages.info(doneKey, String.valueOf(quote.number()));
        } else {
            // Someone else may have moved it meanwhile: show what it is now.
            quote = quotes.find(id);
        }
    }

    public boolean can(String status) {
        return quote != null && quote.next().contains(QuoteStatus.valueOf(status));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public QuoteDetails getQuote() {
        return quote;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
