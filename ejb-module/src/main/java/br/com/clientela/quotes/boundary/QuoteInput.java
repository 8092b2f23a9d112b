package br.com.clientela.quotes.boundary;

import br.com.clientela.lines.boundary.LineInput;
import br.com.clientela.quotes.entity.Quote;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A quote as typed: the client, how long it is valid (today or later when saved), notes and its lines (catalog
 * items or free text). Rules that need the database or the other fields (the client exists, a discount beyond
 * its line, an unknown catalog item, a validity in the past) are the service's.
 */
public record QuoteInput(
        @NotNull(message = "{clientela.quote.client.required}")
        Long clientId,

        @NotNull(message = "{clientela.quote.validUntil.required}")
        LocalDate validUntil,

        @Size(max = Quote.NOTES_MAX, message = "{clientela.size.max}")
        String notes,

        @Valid
        List<LineInput> lines) {
}
