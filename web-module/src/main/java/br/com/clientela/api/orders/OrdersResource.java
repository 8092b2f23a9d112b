package br.com.clientela.api.orders;

import br.com.clientela.api.IfMatch;
import br.com.clientela.api.ItemsPage;
import br.com.clientela.api.problems.InvalidParametersException;
import br.com.clientela.api.problems.Problem;
import br.com.clientela.invoices.boundary.InvoiceDetails;
import br.com.clientela.invoices.boundary.InvoiceRow;
import br.com.clientela.orders.boundary.OrderChange;
import br.com.clientela.orders.boundary.OrderClientSummary;
import br.com.clientela.orders.boundary.OrderDetails;
import br.com.clientela.orders.boundary.OrderFilter;
import br.com.clientela.orders.boundary.OrderInput;
import br.com.clientela.orders.boundary.OrderInvoicing;
import br.com.clientela.orders.boundary.OrderRow;
import br.com.clientela.orders.boundary.OrderService;
import br.com.clientela.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
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
import java.util.List;

/**
 * Orders (pedidos): list (?statusId=&typeId=&clientId=&q= over number and client name, ?page= from 0, ?size= 1 to
 * 100, newest first), create {"clientId", "typeId"?, "statusId"?, "notes", "lines": [...]}, read, replace the
 * details {"typeId"?, "notes", "lines"} (refused once the status is closed), and POST /{id}/status
 * {"statusId", "method"?} to move it to another status (recorded in its history); POST /{id}/invoice {"dueDate"?}
 * issues its invoice, GET /{id}/invoice answers it.
 */
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrdersResource {

    @EJB
    OrderService orders;

    @EJB
    OrderInvoicing invoicing;

    @GET
    public ItemsPage<OrderRow> list(@QueryParam("statusId") String statusId, @QueryParam("typeId") String typeId,
            @QueryParam("clientId") String clientId, @QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        OrderFilter filter = new OrderFilter(id("statusId", statusId, errors), id("typeId", typeId, errors),
                id("clientId", clientId, errors), q);
        Long pageNumber = number("page", page, 0, Integer.MAX_VALUE, 0, errors);
        Long pageSize = number("size", size, 1, OrderService.MAX_PAGE, 20, errors);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        int first = (int) Math.min(Integer.MAX_VALUE, pageNumber * pageSize);
        return new ItemsPage<>(orders.page(filter, first, pageSize.intValue()), orders.count(filter));
    }

    /** {"orders", "paidOrders", "paidTotal"} of the client ?clientId= (required). */
    @GET
    @Path("summary")
    public OrderClientSummary summary(@QueryParam("clientId") String clientId) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Long id = id("clientId", clientId, errors);
        if (id == null && errors.isEmpty()) {
            errors.add(new Problem.FieldError("clientId", "Informe o cliente (clientId)."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return orders.clientSummary(id);
    }

    @POST
    public Response create(OrderInput input, @Context UriInfo uri) {
        OrderDetails created = orders.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public OrderDetails find(@PathParam("id") Long id) {
        return orders.find(id);
    }

    @PUT
    @Path("{id}")
    public OrderDetails replace(@PathParam("id") Long id, OrderChange change, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return orders.update(id, change, IfMatch.version(ifMatch));
    }

    @POST
    @Path("{id}/status")
    public OrderDetails changeStatus(@PathParam("id") Long id, OrderStatusBody body) {
        OrderStatusBody typed = body == null ? new OrderStatusBody(null, null) : body;
        return orders.changeStatus(id, typed.statusId(), typed.method());
    }

    /**
     * Issues the order's invoice with its lines, {@code {"dueDate": "2026-12-10"}} (optional): 201 with the invoice
     * and its address; a cancelled order or one already invoiced is a 409.
     */
    @POST
    @Path("{id}/invoice")
    public Response invoice(@PathParam("id") Long id, OrderInvoiceBody body, @Context UriInfo uri) {
        InvoiceDetails invoice = invoicing.invoice(id, body == null ? null : body.dueDate());
        return Response.created(uri.getBaseUriBuilder().path("invoices").path(invoice.id().toString()).build())
                .entity(invoice)
                .build();
    }

    /** The order's invoice (not cancelled), as the invoice list shows it; 404 while the order has none. */
    @GET
    @Path("{id}/invoice")
    public InvoiceRow invoiceOf(@PathParam("id") Long id) {
        orders.find(id);
        return invoicing.invoiceOf(id).orElseThrow(() -> new NotFoundException("Este pedido ainda não foi faturado."));
    }

    private static Long id(String name, String text, List<Problem.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            errors.add(new Problem.FieldError(name, "Informe o código numérico (id)."));
            return null;
        }
    }

    private static Long number(String name, String text, long min, long max, long absent,
            List<Problem.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // the same answer as a number out of range
        }
        errors.add(new Problem.FieldError(name, "Informe um número inteiro de " + min + " a " + max + "."));
        return absent;
    }
}
