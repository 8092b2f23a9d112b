package br.com.clientela.quotes.boundary;

import br.com.clientela.invoices.boundary.InvoiceDetails;
import br.com.clientela.invoices.boundary.InvoiceInput;
import br.com.clientela.invoices.boundary.InvoiceService;
import br.com.clientela.invoices.entity.InvoiceSource;
import br.com.clientela.lines.boundary.LineInput;
import br.com.clientela.orders.boundary.OrderDetails;
import br.com.clientela.orders.boundary.OrderInput;
import br.com.clientela.orders.boundary.OrderService;
import br.com.clientela.quotes.entity.QuoteTarget;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Turns an accepted quote into an invoice (or an order), in one transaction: the quote is locked, the new
 * document is made from copies of its lines with a link back to it, and the quote becomes CONVERTED with a
 * link to the new document. Anything refused (the quote not accepted, the due date before today) leaves both
 * untouched.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class QuoteConversionService {

    @EJB
    QuoteService quotes;

    @EJB
    InvoiceService invoices;

    @EJB
    OrderService orders;

    /** @param dueDate null for the client's payment term counted from today */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public InvoiceDetails toInvoice(@NotNull Long quoteId, LocalDate dueDate) {
        QuoteForConversion quote = quotes.takeForConversion(quoteId);
        InvoiceDetails invoice = invoices.issue(new InvoiceInput(quote.clientId(), null, dueDate,
                "Conforme orçamento nº " + quote.number() + ".", quote.lines().stream().map(LineInput::of).toList(),
                InvoiceSource.QUOTE, quote.quoteId(), quote.number()));
        quotes.markConverted(quoteId, QuoteTarget.INVOICE, invoice.id(), String.valueOf(invoice.number()));
        return invoice;
    }

    /** An order of the company's default type and first status, with the quote's lines and a link back to it. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public OrderDetails toOrder(@NotNull Long quoteId) {
        QuoteForConversion quote = quotes.takeForConversion(quoteId);
        OrderDetails order = orders.create(new OrderInput(quote.clientId(), null, null,
                "Conforme orçamento nº " + quote.number() + ".", quote.lines().stream().map(LineInput::of).toList(),
                quote.quoteId(), quote.number()));
        quotes.markConverted(quoteId, QuoteTarget.ORDER, order.id(), String.valueOf(order.number()));
        return order;
    }
}
