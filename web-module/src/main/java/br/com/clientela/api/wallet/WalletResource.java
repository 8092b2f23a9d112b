package br.com.clientela.api.wallet;

import br.com.clientela.api.ItemsPage;
import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.wallet.boundary.WalletEntryPage;
import br.com.clientela.wallet.boundary.WalletEntryRow;
import br.com.clientela.wallet.boundary.WalletMovement;
import br.com.clientela.wallet.boundary.WalletService;
import br.com.clientela.wallet.boundary.WalletSummary;
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
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A client's wallet. GET answers the balance and totals; GET /entries a page of the ledger ({"items","total"},
 * newest first); POST /credit and /debit move money and need the header Idempotency-Key: the same key again
 * answers the first result with {"replayed": true} and moves nothing; the same key for another client, type or
 * amount answers 409. A new movement answers 201, a replay 200.
 */
@Path("clients/{id}/wallet")
@Produces(MediaType.APPLICATION_JSON)
public class WalletResource {

    static final String KEY_HEADER = "Idempotency-Key";

    @EJB
    WalletService wallets;

    @GET
    public WalletSummary summary(@PathParam("id") Long id) {
        return wallets.summary(id);
    }

    @GET
    @Path("entries")
    public ItemsPage<WalletEntryRow> entries(@PathParam("id") Long id, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("20") int max) {
        WalletEntryPage page = wallets.entries(id, first, max);
        return new ItemsPage<>(page.items(), page.total());
    }

    @POST
    @Path("credit")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response credit(@PathParam("id") Long id, @HeaderParam(KEY_HEADER) String key, WalletOperationBody body) {
        WalletOperationBody typed = orEmpty(body);
        return answer(wallets.credit(id, typed.amount(), method(typed.method()), typed.accountId(), typed.reason(),
                key));
    }

    @POST
    @Path("debit")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response debit(@PathParam("id") Long id, @HeaderParam(KEY_HEADER) String key, WalletOperationBody body) {
        WalletOperationBody typed = orEmpty(body);
        return answer(wallets.debit(id, typed.amount(), typed.reason(), key));
    }

    private static Response answer(WalletMovement movement) {
        return Response.status(movement.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .entity(movement).build();
    }

    private static WalletOperationBody orEmpty(WalletOperationBody body) {
        return body == null ? new WalletOperationBody(null, null, null, null) : body;
    }

    private static PaymentMethod method(String method) {
        if (method == null || method.isBlank()) {
            return null;
        }
        try {
            return PaymentMethod.valueOf(method.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("method", "Forma de pagamento desconhecida: use "
                    + Arrays.stream(PaymentMethod.values()).filter(m -> m != PaymentMethod.WALLET)
                            .map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }
}
