package br.com.clientela.api.clients;

import br.com.clientela.api.IfMatch;
import br.com.clientela.api.ItemsPage;
import br.com.clientela.backoffice.clients.ClientCsv;
import br.com.clientela.clients.boundary.BulkResult;
import br.com.clientela.clients.boundary.ClientBulkService;
import br.com.clientela.clients.boundary.ClientTargets;
import jakarta.json.JsonObject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import br.com.clientela.clients.boundary.ClientDetails;
import br.com.clientela.clients.boundary.ClientFilter;
import br.com.clientela.clients.boundary.ClientInput;
import br.com.clientela.clients.boundary.ClientPage;
import br.com.clientela.clients.boundary.ClientRow;
import br.com.clientela.clients.boundary.ClientMergeService;
import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.clients.boundary.Erasure;
import br.com.clientela.clients.boundary.DuplicatePair;
import br.com.clientela.clients.boundary.DuplicateService;
import br.com.clientela.clients.boundary.MergeRequest;
import br.com.clientela.clients.boundary.HistoryEntry;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

/**
 * The company's clients: list and search, register, read, replace or patch, trash and restore, history, likely
 * duplicates and merging two of them.
 */
@Path("clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientsResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @EJB
    ClientService clients;

    @EJB
    DuplicateService duplicates;

    @EJB
    ClientMergeService merges;

    @EJB
    ClientBulkService bulk;

    /**
     * ?q= searches name, trade name, CPF/CNPJ, phone and e-mail; ?stage=, ?group= (id), ?active=true|false,
     * ?origin=, ?createdFrom=/?createdTo= and ?updatedFrom=/?updatedTo= (ISO dates, both ends included) and
     * ?birthMonth=1..12, ?center= and ?owner= (ids) narrow the list; ?sort=name|document|phone|email|groups|stage|defaultFee|createdAt|updatedAt, with a
     * leading - for descending; ?page= from 0, ?size= 1 to 100 (20). The total is exact unless more than 500
     * clients match past the page's first row ("totalExact": false, see {@link ClientPage}).
     */
    @GET
    public ClientPage list(@Context UriInfo uri, @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        ClientFilter filter = filter(uri);
        return clients.list(filter, ClientFilterReader.sort(sort), Math.max(page, 0) * size, size);
    }

    /**
     * The clients as a spreadsheet (UTF-8 with BOM, ';'), streamed page by page: those of ?ids=1,2,3 or, without
     * ids, every client that passes the same filters as the list.
     */
    @GET
    @Path("export.csv")
    @Produces({ClientCsv.CONTENT_TYPE, MediaType.APPLICATION_JSON})
    public Response export(@Context UriInfo uri, @QueryParam("ids") String ids) {
        ClientTargets targets = ids == null || ids.isBlank() ? ClientTargets.matching(filter(uri))
                : ClientTargets.of(ClientBulkBody.ids(ids));
        bulk.count(targets);
        StreamingOutput csv = out -> new ClientCsv().write(bulk, targets, out);
        return Response.ok(csv, ClientCsv.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + ClientCsv.FILE_NAME + "\"")
                .build();
    }

    /**
     * One action on many clients: {"action": "ADD_TO_GROUP" | "REMOVE_FROM_GROUP" | "CHANGE_STATUS" | "SET_OWNER" |
     * "TRASH", "ids": [...] or "filter": {same names as the list's parameters}, "groupId": n, "status": "ACTIVE",
     * "ownerId": n}; answers
     * how many clients it reached and changed.
     */
    @POST
    @Path("bulk")
    public BulkResult bulkAction(JsonObject body) {
        return bulk.apply(ClientBulkBody.read(body));
    }

    private static ClientFilter filter(UriInfo uri) {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        return ClientFilterReader.read(parameters::getFirst, "");
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

    /**
     * Deletes a client in the trash for good (ADMIN): 204. A client with money records is anonymised instead: 200
     * with {@code {"id", "outcome": "ANONYMISED", "message"}} saying so.
     */
    @DELETE
    @Path("trash/{id}")
    public Response deleteForGood(@PathParam("id") Long id) {
        Erasure erasure = clients.deleteForGood(id);
        return erasure.anonymised() ? Response.ok(erasure).build() : Response.noContent().build();
    }

    /** Likely duplicate pairs, newest first; ?q= narrows to pairs where either client matches. */
    @GET
    @Path("duplicates")
    public ItemsPage<DuplicatePair> duplicates(@QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return new ItemsPage<>(duplicates.pairs(q, Math.max(page, 0) * size, size), duplicates.countPairs(q));
    }

    /**
     * Merges the loser into the winner (MANAGER and ADMIN): {"winnerId": 1, "loserId": 2, "choices": {"email":
     * "LOSER"}}; answers the winner as it is after the merge.
     */
    @POST
    @Path("merge")
    public ClientDetails merge(MergeRequest request) {
        return merges.merge(request);
    }

    @GET
    @Path("{id}")
    public ClientDetails find(@PathParam("id") Long id) {
        return clients.find(id);
    }

    @PUT
    @Path("{id}")
    public ClientDetails replace(@PathParam("id") Long id, ClientInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return clients.update(id, input, IfMatch.version(ifMatch));
    }

    /**
     * Changes only the fields sent (JSON merge patch, RFC 7396): a field left out stays as it is, a null clears it,
     * addresses sent replace the list. Then the same checks, rules and history as a PUT.
     */
    @PATCH
    @Path("{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    public ClientDetails patch(@PathParam("id") Long id, String patch,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return clients.patch(id, ClientMergePatch.of(patch), IfMatch.version(ifMatch));
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
