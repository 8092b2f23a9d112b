package br.com.clientela.postalcodes.control;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** ViaCEP: GET /ws/{cep}/json/ answers the address, {"erro": true} for an unknown CEP and 400 for a malformed one. */
@Path("/ws")
public interface ViaCep {

    @GET
    @Path("/{cep}/json/")
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject lookup(@PathParam("cep") String cep);
}
