package br.com.clientela.api.orders;

import br.com.clientela.api.IfMatch;
import br.com.clientela.api.ItemsPage;
import br.com.clientela.orders.boundary.OrderSettingsService;
import br.com.clientela.orders.boundary.OrderStatusInput;
import br.com.clientela.orders.boundary.OrderStatusRow;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/**
 * The company's order statuses in its order (?active=true: the ones offered). Changes (MANAGER, ADMIN): POST
 * {"name", "paid"?, "closed"?, "active"?, "position"?}, PUT the same to rename, flag, (de)activate or move
 * (position 1 = first), DELETE one no order uses or used (else deactivate it).
 */
@Path("order-statuses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderStatusesResource {

    @EJB
    OrderSettingsService settings;

    @GET
    public ItemsPage<OrderStatusRow> list(@QueryParam("active") boolean onlyActive) {
        return ItemsPage.of(settings.statuses(onlyActive));
    }

    @GET
    @Path("{id}")
    public OrderStatusRow find(@PathParam("id") Long id) {
        return settings.status(id);
    }

    @POST
    public Response create(OrderStatusInput input, @Context UriInfo uri) {
        OrderStatusRow created = settings.createStatus(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    public OrderStatusRow replace(@PathParam("id") Long id, OrderStatusInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return settings.updateStatus(id, input, IfMatch.version(ifMatch));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") Long id) {
        settings.deleteStatus(id);
        return Response.noContent().build();
    }
}
