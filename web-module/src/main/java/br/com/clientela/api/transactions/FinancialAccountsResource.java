package br.com.clientela.api.transactions;

import br.com.clientela.api.IfMatch;
import br.com.clientela.api.ItemsPage;
import br.com.clientela.transactions.boundary.FinanceSettingInput;
import br.com.clientela.transactions.boundary.FinanceSettingRow;
import br.com.clientela.transactions.boundary.FinanceSettingsService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The company's financial accounts (contas: caixa, banco...): list, read, create {"name", "active"?} and
 * replace (rename, deactivate, reactivate). Changes: MANAGER and ADMIN; names unique per company (409); the system ones cannot be deactivated.
 */
@Path("financial-accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FinancialAccountsResource {

    @EJB
    FinanceSettingsService settings;

    @GET
    public ItemsPage<FinanceSettingRow> list() {
        return ItemsPage.of(settings.accounts());
    }

    @GET
    @Path("{id}")
    public FinanceSettingRow find(@PathParam("id") Long id) {
        return settings.account(id);
    }

    @POST
    public Response create(FinanceSettingInput input, @Context UriInfo uri) {
        FinanceSettingRow created = settings.createAccount(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    public FinanceSettingRow replace(@PathParam("id") Long id, FinanceSettingInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return settings.updateAccount(id, input, IfMatch.version(ifMatch));
    }
}
