package br.com.clientela.quotes.boundary;

import br.com.clientela.quotes.entity.QuoteStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A quote in a list, built by a JPQL constructor query: no lines. */
public record QuoteRow(Long id, long number, Long clientId, String clientName, LocalDateTime createdAt,
        LocalDate validUntil, BigDecimal total, QuoteStatus status) {
}
