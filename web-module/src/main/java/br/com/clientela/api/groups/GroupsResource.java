package br.com.clientela.api.groups;

import br.com.clientela.api.ItemsPage;
import br.com.clientela.groups.boundary.GroupInput;
import br.com.clientela.groups.boundary.GroupRow;
import br.com.clientela.groups.boundary.GroupService;
import br.com.clientela.groups.boundary.Membership;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Client groups: list with member counts, create, rename, delete, and bulk membership changes. */
@Path("groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupsResource {

    @EJB
    GroupService groups;

    @GET
    public ItemsPage<GroupRow> list() {
        return ItemsPage.of(groups.list());
    }

    @POST
    public Response create(GroupInput input, @Context UriInfo uri) {
        GroupRow created = groups.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    public GroupRow rename(@PathParam("id") Long id, GroupInput input) {
        return groups.rename(id, input);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") Long id) {
        groups.delete(id);
        return Response.noContent().build();
    }

    /** Adds the clients {"clientIds": [...]} to the group. */
    @POST
    @Path("{id}/members")
    public GroupRow addClients(@PathParam("id") Long id, Membership membership) {
        return groups.addClients(id, membership);
    }

    /** Removes the clients {"clientIds": [...]} from the group. */
    @POST
    @Path("{id}/members/removal")
    public GroupRow removeClients(@PathParam("id") Long id, Membership membership) {
        return groups.removeClients(id, membership);
    }
}
