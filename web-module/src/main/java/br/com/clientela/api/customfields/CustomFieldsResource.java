package br.com.clientela.api.customfields;

import br.com.clientela.api.IfMatch;
import br.com.clientela.api.ItemsPage;
import br.com.clientela.customfields.boundary.CustomFieldInput;
import br.com.clientela.customfields.boundary.CustomFieldRow;
import br.com.clientela.customfields.boundary.CustomFieldService;
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
 * The company's custom fields of the client record: every staff member lists them, an ADMIN defines, changes,
 * deactivates (PUT with "active": false) and deletes them (DELETE, with every client's value of the field).
 */
@Path("custom-fields")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomFieldsResource {

    @EJB
    CustomFieldService fields;

    /** ?active=true lists only the fields the client form shows. */
    @GET
    public ItemsPage<CustomFieldRow> list(@QueryParam("active") boolean activeOnly) {
        return ItemsPage.of(activeOnly ? fields.active() : fields.list());
    }

    @POST
    public Response create(CustomFieldInput input, @Context UriInfo uri) {
        CustomFieldRow created = fields.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public CustomFieldRow find(@PathParam("id") Long id) {
        return fields.find(id);
    }

    @PUT
    @Path("{id}")
    public CustomFieldRow replace(@PathParam("id") Long id, CustomFieldInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return fields.update(id, input, IfMatch.version(ifMatch));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") Long id) {
        fields.delete(id);
        return Response.noContent().build();
    }
}
