package br.com.clientela.quotes.boundary;

import br.com.clientela.quotes.control.QuoteTransitions;
import br.com.clientela.quotes.entity.Quote;
import br.com.clientela.quotes.entity.QuoteStatus;
import br.com.clientela.quotes.entity.QuoteTarget;
import br.com.clientela.shared.Versioned;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A quote with everything a page or the API shows: lines, totals, the history of its states, what it was
 * converted into, and which states may come next ({@code next}) so a page offers only the allowed buttons.
 */
public record QuoteDetails(Long id, long number, Long clientId, String clientName, QuoteStatus status,
        LocalDate validUntil, String notes, List<QuoteLineRow> lines, BigDecimal gross, BigDecimal discount,
        BigDecimal total, LocalDateTime createdAt, String createdBy, QuoteTarget convertedTo, Long convertedId,
        String convertedNumber, boolean editable, List<QuoteStatus> next, List<QuoteHistoryRow> history,
        Long version) implements Versioned {

    static QuoteDetails of(Quote quote, String clientName, List<QuoteHistoryRow> history) {
        return new QuoteDetails(quote.getId(), quote.getNumber(), quote.getClientId(), clientName, quote.getStatus(),
                quote.getValidUntil(), quote.getNotes(), quote.getLines().stream().map(QuoteLineRow::of).toList(),
                quote.getGross(), quote.getDiscount(), quote.getTotal(), quote.getCreatedAt(), quote.getCreatedBy(),
                quote.getConvertedTo(), quote.getConvertedId(), quote.getConvertedNumber(),
                QuoteTransitions.editable(quote.getStatus()), QuoteTransitions.next(quote.getStatus()),
                List.copyOf(history), quote.getVersion());
    }
}
