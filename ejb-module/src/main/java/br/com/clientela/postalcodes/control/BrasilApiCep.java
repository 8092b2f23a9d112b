package br.com.clientela.postalcodes.control;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** BrasilAPI's CEP service, the fallback: GET /api/cep/v1/{cep}, 404 for an unknown CEP. */
@Path("/api/cep/v1")
public interface BrasilApiCep {

    @GET
    @Path("/{cep}")
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject lookup(@PathParam("cep") String cep);
}
