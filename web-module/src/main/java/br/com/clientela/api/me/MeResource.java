package br.com.clientela.api.me;

import br.com.clientela.security.boundary.CurrentStaff;
import br.com.clientela.security.boundary.StaffUserService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Who is calling: e-mail, roles and company (with its slug). */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @EJB
    StaffUserService staffUsers;

    @GET
    public CurrentStaff me() {
        return staffUsers.me();
    }
}
