package br.com.clientela.clients.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Which clients a bulk action or an export reaches: the rows a person ticked ({@code ids}) or every client that
 * passes a filter, never both. Clients in the trash are never reached.
 */
public record ClientTargets(
        @Size(max = ClientTargets.MAX_IDS, message = "{clientela.bulk.ids.max}")
        List<@NotNull(message = "{clientela.group.clients.required}") Long> ids,
        @Valid ClientFilter filter) {

    public static final int MAX_IDS = 1000;

    public static ClientTargets of(List<Long> ids) {
        return new ClientTargets(List.copyOf(ids), null);
    }

    public static ClientTargets matching(ClientFilter filter) {
        return new ClientTargets(null, filter);
    }

    public boolean byIds() {
        return ids != null;
    }
}
