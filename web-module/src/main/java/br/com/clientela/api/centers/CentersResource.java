package br.com.clientela.api.centers;

import br.com.clientela.api.IfMatch;
import br.com.clientela.api.ItemsPage;
import br.com.clientela.centers.boundary.CenterInput;
import br.com.clientela.centers.boundary.CenterRow;
import br.com.clientela.centers.boundary.CenterService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
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

/**
 * The company's centers (unidades): list, read, create, and replace {"name", "active"} — which is how a center
 * is renamed or deactivated; centers are never deleted, so clients keep pointing at them. Changes: ADMIN.
 */
@Path("centers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CentersResource {

    @EJB
    CenterService centers;

    /** ?page= from 0, ?size= 1 to 100 (50); active centers first. */
    @GET
    public ItemsPage<CenterRow> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return new ItemsPage<>(centers.page(Math.max(page, 0) * size, size), centers.count());
    }

    @POST
    public Response create(CenterInput input, @Context UriInfo uri) {
        CenterRow created = centers.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public CenterRow find(@PathParam("id") Long id) {
        return centers.find(id);
    }

    @PUT
    @Path("{id}")
    public CenterRow replace(@PathParam("id") Long id, CenterInput input, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return centers.update(id, input, IfMatch.version(ifMatch));
    }
}
