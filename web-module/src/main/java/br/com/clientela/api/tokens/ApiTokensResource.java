package br.com.clientela.api.tokens;

import br.com.clientela.api.ItemsPage;
import br.com.clientela.security.boundary.ApiTokenRow;
import br.com.clientela.security.boundary.ApiTokenService;
import br.com.clientela.security.boundary.CreatedApiToken;
import br.com.clientela.security.boundary.NewApiToken;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** API tokens of the caller's company (ADMIN only). The token itself is in the creation answer only. */
@Path("api-tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiTokensResource {

    @EJB
    ApiTokenService tokens;

    /** ?page= (from 0) and ?size= (1 to 100, default 50). */
    @GET
    public ItemsPage<ApiTokenRow> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return new ItemsPage<>(tokens.page(Math.max(page, 0) * size, size), tokens.count());
    }

    @POST
    public Response create(NewApiToken request, @Context UriInfo uri) {
        CreatedApiToken created = tokens.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") Long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
