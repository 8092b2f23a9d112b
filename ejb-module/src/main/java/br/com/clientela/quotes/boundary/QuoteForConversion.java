package br.com.clientela.quotes.boundary;

import br.com.clientela.lines.entity.SaleLine;
import java.util.List;

/**
 * An accepted quote handed to the order or invoice it becomes: its number, client and copies of its lines (the
 * new document owns them). Answered by {@code QuoteService.takeForConversion}, which locks the quote until the
 * caller's transaction ends, so it is converted once.
 */
public record QuoteForConversion(Long quoteId, long number, Long clientId, List<SaleLine> lines) {
}
