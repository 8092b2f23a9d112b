package br.com.clientela.quotes.boundary;

import br.com.clientela.quotes.entity.QuoteStatus;
import java.time.LocalDateTime;

/** One state change of a quote: from (null at creation), to, who, when and why. */
public record QuoteHistoryRow(QuoteStatus from, QuoteStatus to, String actor, LocalDateTime at, String reason) {
}
