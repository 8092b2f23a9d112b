package br.com.clientela.api.catalog;

import br.com.clientela.api.IfMatch;
import br.com.clientela.api.ItemsPage;
import br.com.clientela.catalog.boundary.CatalogItemInput;
import br.com.clientela.catalog.boundary.CatalogItemRow;
import br.com.clientela.catalog.boundary.CatalogService;
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
 * The company's catalog of services and products: list (?q= over name and code, ?active=true for the ones on
 * offer), read, create, and replace {"kind", "name", "code", "unitPrice", "active"} — which is also how an item
 * is deactivated; items are never deleted. Changes: MANAGER and ADMIN.
 */
@Path("catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogResource {

    @EJB
    CatalogService catalog;

    /** ?page= from 0, ?size= 1 to 100 (50); active items first, by name. */
    @GET
    public ItemsPage<CatalogItemRow> list(@QueryParam("q") String q, @QueryParam("active") boolean onlyActive,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return new ItemsPage<>(catalog.page(q, onlyActive, Math.max(page, 0) * size, size),
                catalog.count(q, onlyActive));
    }

    @POST
    public Response create(CatalogItemInput input, @Context UriInfo uri) {
        CatalogItemRow created = catalog.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public CatalogItemRow find(@PathParam("id") Long id) {
        return catalog.find(id);
    }

    @PUT
    @Path("{id}")
    public CatalogItemRow replace(@PathParam("id") Long id, CatalogItemInput input, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return catalog.update(id, input, IfMatch.version(ifMatch));
    }
}
