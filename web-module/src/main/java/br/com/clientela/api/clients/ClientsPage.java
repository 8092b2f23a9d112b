package br.com.clientela.api.clients;

import br.com.clientela.clients.boundary.ClientRow;
import br.com.clientela.clients.boundary.ClientService;
import java.util.List;

/**
 * A page of the client list: the items and how many clients match, counted up to
 * {@link ClientService#COUNT_LIMIT}; when more match, {@code total} is that limit and {@code totalExact} false.
 */
public record ClientsPage(List<ClientRow> items, long total, boolean totalExact) {

    static ClientsPage of(List<ClientRow> items, long counted) {
        boolean exact = counted <= ClientService.COUNT_LIMIT;
        return new ClientsPage(items, exact ? counted : ClientService.COUNT_LIMIT, exact);
    }
}
