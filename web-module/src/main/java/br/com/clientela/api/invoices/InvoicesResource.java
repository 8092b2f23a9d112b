package br.com.clientela.api.invoices;

import br.com.clientela.api.ItemsPage;
import br.com.clientela.api.problems.InvalidParametersException;
import br.com.clientela.api.problems.Problem;
import br.com.clientela.invoices.boundary.InvoiceDetails;
import br.com.clientela.invoices.boundary.InvoiceFilter;
import br.com.clientela.invoices.boundary.InvoiceInput;
import br.com.clientela.invoices.boundary.InvoiceRow;
import br.com.clientela.invoices.boundary.InvoiceService;
import br.com.clientela.invoices.boundary.PaymentInput;
import br.com.clientela.invoices.boundary.PaymentResult;
import br.com.clientela.invoices.boundary.PaymentRow;
import br.com.clientela.invoices.boundary.PixCharge;
import br.com.clientela.invoices.entity.InvoiceStatus;
import br.com.clientela.payments.control.PixQrCode;
import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.shared.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Invoices (faturas). GET lists them ({@code ?status=PENDING|PARTIALLY_PAID|PAID|OVERDUE|CANCELLED} — the
 * effective status —, {@code &clientId=&from=&to=} (issue date, yyyy-MM-dd) {@code &q=} (number or client),
 * {@code &page=&size=}); POST issues one {"clientId", "issueDate", "dueDate", "notes", "lines": [...]}.
 * /{id}/payments lists and registers payments (POST needs the header Idempotency-Key: the same key again
 * answers the first result, 200 with {"replayed": true}, and moves nothing); /{id}/cancel {"reason"};
 * /{id}/pix the PIX charge as JSON or, with {@code ?format=png}, its QR code; /{id}/pdf the invoice PDF.
 */
@Path("invoices")
@Produces(MediaType.APPLICATION_JSON)
public class InvoicesResource {

    static final String KEY_HEADER = "Idempotency-Key";

    @EJB
    InvoiceService invoices;

    @GET
    public ItemsPage<InvoiceRow> list(@QueryParam("status") String status, @QueryParam("clientId") String clientId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        InvoiceFilter filter = new InvoiceFilter(status(status, errors), id("clientId", clientId, errors),
                date("from", from, errors), date("to", to, errors), q);
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            errors.add(new Problem.FieldError("to", "A data final não pode ser antes da inicial."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        int bounded = Math.max(1, Math.min(size, 100));
        return new ItemsPage<>(invoices.page(filter, Math.max(page, 0) * bounded, bounded), invoices.count(filter));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(InvoiceInput input, @Context UriInfo uri) {
        // The link to a quote or order is made only by converting it (which checks it is not invoiced yet).
        InvoiceDetails issued = invoices.issue(input == null ? null : InvoiceInput.of(input.clientId(),
                input.issueDate(), input.dueDate(), input.notes(), input.lines()));
        return Response.created(uri.getAbsolutePathBuilder().path(issued.id().toString()).build())
                .entity(issued).build();
    }

    @GET
    @Path("{id}")
    public InvoiceDetails find(@PathParam("id") Long id) {
        return invoices.find(id);
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public InvoiceDetails cancel(@PathParam("id") Long id, CancelBody body) {
        return invoices.cancel(id, body == null ? null : body.reason());
    }

    @GET
    @Path("{id}/payments")
    public ItemsPage<PaymentRow> payments(@PathParam("id") Long id) {
        return ItemsPage.of(invoices.payments(id));
    }

    @POST
    @Path("{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response pay(@PathParam("id") Long id, @HeaderParam(KEY_HEADER) String key, PaymentBody body) {
        PaymentBody typed = body == null ? new PaymentBody(null, null, null, null) : body;
        PaymentResult result = invoices.pay(id, new PaymentInput(typed.amount(), method(typed.method()),
                typed.accountId(), typed.paidOn(), key));
        return Response.status(result.replayed() ? Response.Status.OK : Response.Status.CREATED).entity(result)
                .build();
    }

    /** Gives a payment back (estorno), {"reason": "..."} required; MANAGER and ADMIN only. */
    @POST
    @Path("{id}/payments/{paymentId}/refund")
    @Consumes(MediaType.APPLICATION_JSON)
    public PaymentResult refund(@PathParam("id") Long id, @PathParam("paymentId") Long paymentId, CancelBody body) {
        return invoices.refund(id, paymentId, body == null ? null : body.reason());
    }

    /** The PIX charge of an open invoice; {@code ?format=png} answers its QR code (?size= pixels, 300). */
    @GET
    @Path("{id}/pix")
    @Produces({MediaType.APPLICATION_JSON, "image/png"})
    public Response pix(@PathParam("id") Long id, @QueryParam("format") String format,
            @QueryParam("size") @DefaultValue("300") int size) {
        PixCharge pix = invoices.pix(id);
        if ("png".equalsIgnoreCase(format)) {
            int side = Math.max(PixQrCode.MIN_SIZE, Math.min(size, 1000));
            return Response.ok(PixQrCode.png(pix.payload(), side), "image/png").build();
        }
        return Response.ok(pix, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("id") Long id) {
        InvoiceDetails invoice = invoices.find(id);
        return Response.ok(invoices.pdf(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"fatura-" + invoice.number() + ".pdf\"")
                .build();
    }

    private static PaymentMethod method(String method) {
        if (method == null || method.isBlank()) {
            return null;
        }
        try {
            return PaymentMethod.valueOf(method.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("method", "Forma de pagamento desconhecida: use "
                    + Arrays.stream(PaymentMethod.values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }

    private static InvoiceStatus status(String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return InvoiceStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(new Problem.FieldError("status", "Situação desconhecida: use "
                    + Arrays.stream(InvoiceStatus.values()).map(Enum::name).collect(Collectors.joining(", ")) + "."));
            return null;
        }
    }

    private static Long id(String name, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        errors.add(new Problem.FieldError(name, "Informe o número (id) do registro."));
        return null;
    }

    private static LocalDate date(String name, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException unreadable) {
            errors.add(new Problem.FieldError(name, "Use a data no formato aaaa-mm-dd, como 2026-11-26."));
            return null;
        }
    }
}
