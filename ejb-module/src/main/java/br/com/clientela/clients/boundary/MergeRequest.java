package br.com.clientela.clients.boundary;

import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * Merge the loser into the winner: for each field ({@code MergeField} keys: name, document, email, phone, ...)
 * which side's value to keep; a field left out keeps the winner's.
 */
public record MergeRequest(
        @NotNull(message = "{clientela.merge.client.required}")
        Long winnerId,

        @NotNull(message = "{clientela.merge.client.required}")
        Long loserId,

        Map<String, MergeSide> choices) {
}
