package br.com.clientela.api.quotes;

import br.com.clientela.api.IfMatch;
import br.com.clientela.api.ItemsPage;
import br.com.clientela.api.problems.InvalidParametersException;
import br.com.clientela.api.problems.Problem;
import br.com.clientela.invoices.boundary.InvoiceDetails;
import br.com.clientela.orders.boundary.OrderDetails;
import br.com.clientela.quotes.boundary.QuoteConversionService;
import br.com.clientela.quotes.boundary.QuoteDetails;
import br.com.clientela.quotes.boundary.QuoteFilter;
import br.com.clientela.quotes.boundary.QuoteHistoryRow;
import br.com.clientela.quotes.boundary.QuoteInput;
import br.com.clientela.quotes.boundary.QuoteRow;
import br.com.clientela.quotes.boundary.QuoteService;
import br.com.clientela.quotes.entity.QuoteStatus;
import br.com.clientela.quotes.entity.QuoteTarget;
import br.com.clientela.shared.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Quotes (orçamentos): list (?status=&clientId=&q=&page=&size=; q is a quote number or part of the client's name),
 * create and read, replace and delete a draft, move it along (POST /send, /accept,
 * /reject with {"reason"}), its history and its PDF. Body: {"clientId", "validUntil": "2026-12-31", "notes",
 * "lines": [{"catalogItemId"} or {"description", "unitPrice"}, with "quantity" and "discount"]}. An illegal state
 * change is a 409 naming the current state; another company's quote or client a 404.
 */
@Path("quotes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuotesResource {

    static final String PDF = "application/pdf";

    @EJB
    QuoteService quotes;

    @EJB
    QuoteConversionService conversions;

    /** ?page= from 0, ?size= 1 to 100 (20); newest number first. */
    @GET
    public ItemsPage<QuoteRow> list(@QueryParam("status") String status, @QueryParam("clientId") String clientId,
            @QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        QuoteFilter filter = filter(status, clientId, q);
        return new ItemsPage<>(quotes.page(filter, Math.max(page, 0) * Math.max(size, 1), size), quotes.count(filter));
    }

    @POST
    public Response create(QuoteInput input, @Context UriInfo uri) {
        QuoteDetails created = quotes.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public QuoteDetails find(@PathParam("id") Long id) {
        return quotes.find(id);
    }

    @PUT
    @Path("{id}")
    public QuoteDetails replace(@PathParam("id") Long id, QuoteInput input, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return quotes.update(id, input, IfMatch.version(ifMatch));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") Long id) {
        quotes.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/send")
    public QuoteDetails send(@PathParam("id") Long id) {
        return quotes.send(id);
    }

    @POST
    @Path("{id}/accept")
    public QuoteDetails accept(@PathParam("id") Long id) {
        return quotes.accept(id);
    }

    @POST
    @Path("{id}/reject")
    public QuoteDetails reject(@PathParam("id") Long id, QuoteRejectionBody body) {
        return quotes.reject(id, body == null ? null : body.reason());
    }

    /**
     * Converts an accepted quote: {@code {"target": "INVOICE", "dueDate": "2026-12-10"}} (the due date is optional)
     * or {@code {"target": "ORDER"}}. Answers 201 with the new invoice or order and its address.
     */
    @POST
    @Path("{id}/convert")
    public Response convert(@PathParam("id") Long id, QuoteConversionBody body, @Context UriInfo uri) {
        if (body == null || body.target() == null) {
            throw new InvalidInputException("target", "Escolha em que converter o orçamento: ORDER ou INVOICE.");
        }
        if (body.target() == QuoteTarget.ORDER) {
            if (body.dueDate() != null) {
                throw new InvalidInputException("dueDate", "O vencimento vale só para a conversão em fatura.");
            }
            OrderDetails order = conversions.toOrder(id);
            return Response.created(uri.getBaseUriBuilder().path("orders").path(order.id().toString()).build())
                    .entity(order)
                    .build();
        }
        InvoiceDetails invoice = conversions.toInvoice(id, body.dueDate());
        return Response.created(uri.getBaseUriBuilder().path("invoices").path(invoice.id().toString()).build())
                .entity(invoice)
                .build();
    }

    @GET
    @Path("{id}/history")
    public ItemsPage<QuoteHistoryRow> history(@PathParam("id") Long id) {
        return ItemsPage.of(quotes.history(id));
    }

    /** The quote as a PDF to download: orcamento-N.pdf. */
    @GET
    @Path("{id}/pdf")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("id") Long id) {
        long number = quotes.find(id).number();
        return Response.ok(quotes.pdf(id), PDF)
                .header("Content-Disposition", "attachment; filename=\"orcamento-" + number + ".pdf\"")
                .build();
    }

    private static QuoteFilter filter(String status, String clientId, String q) {
        List<Problem.FieldError> errors = new ArrayList<>();
        QuoteStatus typedStatus = null;
        if (status != null && !status.isBlank()) {
            try {
                typedStatus = QuoteStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.add(new Problem.FieldError("status", "Situação desconhecida: use " + Arrays
                        .stream(QuoteStatus.values()).map(Enum::name).collect(Collectors.joining(", ")) + "."));
            }
        }
        Long client = null;
        if (clientId != null && !clientId.isBlank()) {
            try {
                client = Long.valueOf(clientId.strip());
            } catch (NumberFormatException notANumber) {
                errors.add(new Problem.FieldError("clientId", "Informe o id numérico do cliente."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return new QuoteFilter(typedStatus, client, q);
    }
}
