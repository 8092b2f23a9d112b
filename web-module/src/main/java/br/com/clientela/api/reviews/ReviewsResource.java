package br.com.clientela.api.reviews;

import br.com.clientela.api.ItemsPage;
import br.com.clientela.reviews.boundary.ReviewInput;
import br.com.clientela.reviews.boundary.ReviewRow;
import br.com.clientela.reviews.boundary.ReviewService;
import br.com.clientela.reviews.boundary.ReviewSummary;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Reviews: list (all or ?client=ID, newest first), add, delete, and the count and average. */
@Path("reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewsResource {

    @EJB
    ReviewService reviews;

    /** ?client= narrows to one client; ?page= from 0, ?size= 1 to 100 (20). */
    @GET
    public ItemsPage<ReviewRow> list(@QueryParam("client") Long clientId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return new ItemsPage<>(reviews.list(clientId, Math.max(page, 0) * size, size),
                reviews.summary(clientId).count());
    }

    /** {"count": n, "average": 4.5}: of one client with ?client=ID, else of the whole company. */
    @GET
    @Path("summary")
    public ReviewSummary summary(@QueryParam("client") Long clientId) {
        return reviews.summary(clientId);
    }

    @POST
    public Response create(ReviewInput input, @Context UriInfo uri) {
        ReviewRow created = reviews.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") Long id) {
        reviews.delete(id);
        return Response.noContent().build();
    }
}
