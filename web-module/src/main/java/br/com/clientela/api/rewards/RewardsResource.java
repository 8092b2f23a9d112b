package br.com.clientela.api.rewards;

import br.com.clientela.rewards.boundary.GrantInput;
import br.com.clientela.rewards.boundary.RewardEntryRow;
import br.com.clientela.rewards.boundary.RewardRedemption;
import br.com.clientela.rewards.boundary.RewardService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A client's reward points. GET answers the points available, the company's rate and a page of the ledger
 * ({@code ?page=&size=}, newest first); POST /grant gives points by hand {"points", "reason", "expiresAt"?};
 * POST /redeem {"points"} turns points into wallet credit and needs the header Idempotency-Key: a new redemption
 * answers 201, the same key again 200 with {"replayed": true} and moves nothing.
 */
@Path("clients/{id}/rewards")
@Produces(MediaType.APPLICATION_JSON)
public class RewardsResource {

    static final String KEY_HEADER = "Idempotency-Key";

    @EJB
    RewardService rewards;

    @GET
    public RewardsView view(@PathParam("id") Long id, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        int rows = Math.max(1, Math.min(size, 200));
        return RewardsView.of(rewards.balance(id), rewards.entries(id, Math.max(0, page) * rows, rows));
    }

    @POST
    @Path("grant")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response grant(@PathParam("id") Long id, GrantInput input) {
        RewardEntryRow granted = rewards.grant(id, input);
        return Response.status(Response.Status.CREATED).entity(granted).build();
    }

    @POST
    @Path("redeem")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response redeem(@PathParam("id") Long id, @HeaderParam(KEY_HEADER) String key, RedeemBody body) {
        RewardRedemption redemption = rewards.redeem(id, body == null ? null : body.points(), key);
        return Response.status(redemption.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .entity(redemption).build();
    }
}
