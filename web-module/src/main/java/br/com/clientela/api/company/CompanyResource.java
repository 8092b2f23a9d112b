package br.com.clientela.api.company;

import br.com.clientela.api.IfMatch;
import br.com.clientela.companies.boundary.CompanyProfile;
import br.com.clientela.companies.boundary.CompanyService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The caller's own company profile; changing it is for ADMINs. */
@Path("company")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyResource {

    @EJB
    CompanyService companies;

    @GET
    public CompanyProfile mine() {
        return companies.mine();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public CompanyProfile update(CompanyProfile profile, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return companies.update(profile, IfMatch.version(ifMatch));
    }

    @PUT
    @Path("logo")
    @Consumes({"image/png", "image/jpeg", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
    public Response replaceLogo(byte[] image) {
        companies.replaceLogo(image);
        return Response.noContent().build();
    }
}
