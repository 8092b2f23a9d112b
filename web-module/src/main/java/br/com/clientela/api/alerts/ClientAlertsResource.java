package br.com.clientela.api.alerts;

import br.com.clientela.alerts.boundary.AlertInput;
import br.com.clientela.alerts.boundary.AlertRow;
import br.com.clientela.alerts.boundary.AlertService;
import br.com.clientela.api.ItemsPage;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
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

/** A client's alerts: list (active first), add, change (also to deactivate: "active": false). */
@Path("clients/{clientId}/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientAlertsResource {

    @EJB
    AlertService alerts;

    @GET
    public ItemsPage<AlertRow> list(@PathParam("clientId") Long clientId) {
        return ItemsPage.of(alerts.list(clientId));
    }

    @POST
    public Response create(@PathParam("clientId") Long clientId, AlertInput input, @Context UriInfo uri) {
        AlertRow created = alerts.create(clientId, input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{alertId}")
    public AlertRow update(@PathParam("clientId") Long clientId, @PathParam("alertId") Long alertId,
            AlertInput input) {
        return alerts.update(clientId, alertId, input);
    }
}
