package br.com.clientela.api.clients;

import br.com.clientela.api.ItemsPage;
import br.com.clientela.clients.boundary.ClientDetails;
import br.com.clientela.clients.boundary.ClientFilter;
import br.com.clientela.clients.boundary.ClientInput;
import br.com.clientela.clients.boundary.ClientPage;
import br.com.clientela.clients.boundary.ClientRow;
import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.clients.boundary.HistoryEntry;
import br.com.clientela.clients.entity.LifecycleStage;
import br.com.clientela.shared.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The company's clients: list and search, register, read, replace, trash and restore, history. */
@Path("clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientsResource {

    @EJB
    ClientService clients;

    /**
     * ?q= searches name, trade name, CPF/CNPJ, phone and e-mail; ?stage=, ?group= (id) and ?active=true|false
     * narrow the list; ?page= from 0, ?size= 1 to 100 (20). The total is exact unless more than 500
     * clients match past the page's first row ("totalExact": false, see {@link ClientPage}).
     */
    @GET
    public ClientPage list(@QueryParam("q") String q, @QueryParam("stage") String stage,
            @QueryParam("group") Long group, @QueryParam("active") String active,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        ClientFilter filter = new ClientFilter(q, stage(stage), group, active(active));
        return clients.list(filter, Math.max(page, 0) * size, size);
    }

    private static LifecycleStage stage(String stage) {
        if (stage == null || stage.isBlank()) {
            return null;
        }
        try {
            return LifecycleStage.valueOf(stage.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("stage", "Estágio desconhecido: use CUSTOMER, LEAD, CONTACT ou INACTIVE.");
        }
    }

    private static Boolean active(String active) {
        if (active == null || active.isBlank()) {
            return null;
        }
        return switch (active.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException("active", "Use active=true ou active=false.");
        };
    }

    @POST
    public Response create(ClientInput input, @Context UriInfo uri) {
        ClientDetails created = clients.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("trash")
    public ItemsPage<ClientRow> trash(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return new ItemsPage<>(clients.trashed(Math.max(page, 0) * size, size), clients.countTrashed());
    }

    /** Deletes a client in the trash for good (ADMIN). */
    @DELETE
    @Path("trash/{id}")
    public Response deleteForGood(@PathParam("id") Long id) {
        clients.deleteForGood(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}")
    public ClientDetails find(@PathParam("id") Long id) {
        return clients.find(id);
    }

    @PUT
    @Path("{id}")
    public ClientDetails replace(@PathParam("id") Long id, ClientInput input) {
        return clients.update(id, input);
    }

    /** Moves the client to the trash, from where it can be restored. */
    @DELETE
    @Path("{id}")
    public Response trash(@PathParam("id") Long id) {
        clients.trash(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/restore")
    public ClientDetails restore(@PathParam("id") Long id) {
        return clients.restore(id);
    }

    @GET
    @Path("{id}/history")
    public ItemsPage<HistoryEntry> history(@PathParam("id") Long id, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return new ItemsPage<>(clients.history(id, Math.max(page, 0) * size, size), clients.countHistory(id));
    }
}
