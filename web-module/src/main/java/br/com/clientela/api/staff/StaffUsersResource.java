package br.com.clientela.api.staff;

import br.com.clientela.api.ItemsPage;
import br.com.clientela.security.boundary.NewStaffUser;
import br.com.clientela.security.boundary.PasswordReset;
import br.com.clientela.security.boundary.StaffUserChange;
import br.com.clientela.security.boundary.StaffUserRow;
import br.com.clientela.security.boundary.StaffUserService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
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

/** The caller's company's staff accounts (ADMIN only: the service refuses everyone else with 403). */
@Path("staff-users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffUsersResource {

    @EJB
    StaffUserService staffUsers;

    /** ?page= (from 0) and ?size= (1 to 100, default 50); the answer has the page's items and the total. */
    @GET
    public ItemsPage<StaffUserRow> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return new ItemsPage<>(staffUsers.page(Math.max(page, 0) * size, size), staffUsers.count());
    }

    @GET
    @Path("{id}")
    public StaffUserRow find(@PathParam("id") Long id) {
        return staffUsers.find(id);
    }

    @POST
    public Response create(NewStaffUser request, @Context UriInfo uri) {
        StaffUserRow created = staffUsers.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    public StaffUserRow update(@PathParam("id") Long id, StaffUserChange change) {
        return staffUsers.update(id, change);
    }

    @POST
    @Path("{id}/password")
    public Response resetPassword(@PathParam("id") Long id, PasswordReset reset) {
        staffUsers.resetPassword(id, reset);
        return Response.noContent().build();
    }
}
