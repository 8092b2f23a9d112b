package br.com.clientela.api.orders;

import br.com.clientela.api.IfMatch;
import br.com.clientela.api.ItemsPage;
import br.com.clientela.orders.boundary.OrderSettingsService;
import br.com.clientela.orders.boundary.OrderTypeInput;
import br.com.clientela.orders.boundary.OrderTypeRow;
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
 * The company's order types in its order (?active=true: the ones offered). Changes (MANAGER, ADMIN): POST
 * {"name", "active"?, "position"?}, PUT the same to rename, (de)activate or move (position 1 = first), DELETE one
 * no order uses.
 */
@Path("order-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderTypesResource {

    @EJB
    OrderSettingsService settings;

    @GET
    public ItemsPage<OrderTypeRow> list(@QueryParam("active") boolean onlyActive) {
        return ItemsPage.of(settings.types(onlyActive));
    }

    @GET
    @Path("{id}")
    public OrderTypeRow find(@PathParam("id") Long id) {
        return settings.type(id);
    }

    @POST
    public Response create(OrderTypeInput input, @Context UriInfo uri) {
        OrderTypeRow created = settings.createType(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    public OrderTypeRow replace(@PathParam("id") Long id, OrderTypeInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return settings.updateType(id, input, IfMatch.version(ifMatch));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") Long id) {
        settings.deleteType(id);
        return Response.noContent().build();
    }
}
