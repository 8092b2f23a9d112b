package br.com.clientela.api.transactions;

import br.com.clientela.api.problems.InvalidParametersException;
import br.com.clientela.api.problems.Problem;
import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.transactions.boundary.AdjustmentInput;
import br.com.clientela.transactions.boundary.TransactionFilter;
import br.com.clientela.transactions.boundary.TransactionPage;
import br.com.clientela.transactions.boundary.TransactionRow;
import br.com.clientela.transactions.boundary.TransactionService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The company's transactions (movimentações). GET lists them newest first, filtered by
 * {@code ?from=&to=} (days, both included), {@code categoryId}, {@code method}, {@code accountId} and
 * {@code clientId}, paged by {@code ?page=} (from 0) and {@code ?size=} (1 to 200, 50), answering
 * {@code {"items", "total", "totals": {"moneyIn", "moneyOut", "net", "count"}}} with the totals of everything the
 * filter matches. POST records a manual adjustment {@code {"clientId", "categoryId"?, "amount" (signed), "method",
 * "accountId"?, "description"}} (MANAGER, ADMIN). Unreadable parameters are a 422 naming each of them.
 */
@Path("transactions")
@Produces(MediaType.APPLICATION_JSON)
public class TransactionsResource {

    private static final int MAX_SIZE = 200;

    @EJB
    TransactionService transactions;

    @GET
    public TransactionPage list(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("categoryId") String categoryId, @QueryParam("method") String method,
            @QueryParam("accountId") String accountId, @QueryParam("clientId") String clientId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        TransactionFilter filter = new TransactionFilter(
                read(errors, "from", from, LocalDate::parse, "Informe a data como AAAA-MM-DD."),
                read(errors, "to", to, LocalDate::parse, "Informe a data como AAAA-MM-DD."),
                read(errors, "categoryId", categoryId, Long::valueOf, "Informe o id numérico da categoria."),
                read(errors, "method", method, m -> PaymentMethod.valueOf(m.toUpperCase(Locale.ROOT)),
                        "Forma de pagamento desconhecida: use " + Arrays.stream(PaymentMethod.values())
                                .map(Enum::name).collect(Collectors.joining(", ")) + "."),
                read(errors, "accountId", accountId, Long::valueOf, "Informe o id numérico da conta."),
                read(errors, "clientId", clientId, Long::valueOf, "Informe o id numérico do cliente."));
        Integer pageNumber = read(errors, "page", page, Integer::valueOf, "A página começa em 0.");
        Integer pageSize = read(errors, "size", size, Integer::valueOf, "O tamanho da página vai de 1 a " + MAX_SIZE
                + ".");
        if (pageNumber != null && pageNumber < 0) {
            errors.add(new Problem.FieldError("page", "A página começa em 0."));
        }
        if (pageSize != null && (pageSize < 1 || pageSize > MAX_SIZE)) {
            errors.add(new Problem.FieldError("size", "O tamanho da página vai de 1 a " + MAX_SIZE + "."));
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            errors.add(new Problem.FieldError("to", "O fim do período não pode ser antes do início."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        int rows = pageSize == null ? 50 : pageSize;
        return transactions.page(filter, (pageNumber == null ? 0 : pageNumber) * rows, rows);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response adjust(AdjustmentInput input) {
        TransactionRow created = transactions.adjust(input);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    private static <T> T read(List<Problem.FieldError> errors, String name, String value, Function<String, T> parse,
            String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            errors.add(new Problem.FieldError(name, message));
            return null;
        }
    }
}
