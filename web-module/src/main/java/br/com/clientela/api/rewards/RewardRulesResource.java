package br.com.clientela.api.rewards;

import br.com.clientela.api.IfMatch;
import br.com.clientela.rewards.boundary.RewardRulesService;
import br.com.clientela.rewards.boundary.RewardRulesView;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * The company's reward rules: GET for everyone, PUT (MANAGER, ADMIN) with every field {"earnEnabled",
 * "pointsPerReal", "welcomeEnabled", "welcomePoints", "birthdayEnabled", "birthdayPoints", "redemptionRate",
 * "grantValidityDays" (null: grants never expire)}.
 */
@Path("reward-rules")
@Produces(MediaType.APPLICATION_JSON)
public class RewardRulesResource {

    @EJB
    RewardRulesService rules;

    @GET
    public RewardRulesView get() {
        return rules.rules();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public RewardRulesView replace(RewardRulesView input, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return rules.update(input, IfMatch.version(ifMatch));
    }
}
