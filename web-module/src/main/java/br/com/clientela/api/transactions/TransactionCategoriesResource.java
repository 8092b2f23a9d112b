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
 * The company's transaction categories: list, read, create {"name", "active"?} and replace (rename, deactivate,
 * reactivate). Changes: MANAGER and ADMIN; names unique per company (409); the system ones cannot be deactivated.
 */
@Path("transaction-categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransactionCategoriesResource {

    @EJB
    FinanceSettingsService settings;

    @GET
    public ItemsPage<FinanceSettingRow> list() {
        return ItemsPage.of(settings.categories());
    }

    @GET
    @Path("{id}")
    public FinanceSettingRow find(@PathParam("id") Long id) {
        return settings.category(id);
    }

    @POST
    public Response create(FinanceSettingInput input, @Context UriInfo uri) {
        FinanceSettingRow created = settings.createCategory(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    public FinanceSettingRow replace(@PathParam("id") Long id, FinanceSettingInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return settings.updateCategory(id, input, IfMatch.version(ifMatch));
    }
}
