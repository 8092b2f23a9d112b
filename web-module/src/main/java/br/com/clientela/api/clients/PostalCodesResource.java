package br.com.clientela.api.clients;

import br.com.clientela.postalcodes.boundary.PostalCodeAddress;
import br.com.clientela.postalcodes.boundary.PostalCodeService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** GET /cep/{cep}: the address behind a CEP, for filling forms. */
@Path("cep")
@Produces(MediaType.APPLICATION_JSON)
public class PostalCodesResource {

    @EJB
    PostalCodeService postalCodes;

    @GET
    @Path("{cep}")
    public PostalCodeAddress lookup(@PathParam("cep") String cep) {
        return postalCodes.lookup(cep);
    }
}
