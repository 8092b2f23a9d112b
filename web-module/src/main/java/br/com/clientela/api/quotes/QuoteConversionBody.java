package br.com.clientela.api.quotes;

import br.com.clientela.quotes.entity.QuoteTarget;
import java.time.LocalDate;

/** The body of POST /quotes/{id}/convert: what the quote becomes and, for an invoice, its optional due date. */
public record QuoteConversionBody(QuoteTarget target, LocalDate dueDate) {
}
