package br.com.clientela.quotes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One step of a quote's history: who moved it from which state to which, when, and why (the reason a client
 * gave for refusing). Written for every change, the creation included ({@code from} null); never changed.
 */
@Entity
@Table(name = "quote_status_change")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class QuoteStatusChange {

    public static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "quote_status_change_seq", sequenceName = "quote_status_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_status_change_seq")
    private Long id;

    @Column(name = "quote_id", nullable = false, updatable = false)
    private Long quoteId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 10)
    private QuoteStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 10)
    private QuoteStatus to;

    @Column(nullable = false, updatable = false, length = 254)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(updatable = false, length = REASON_MAX)
    private String reason;

    protected QuoteStatusChange() {
    }

    public QuoteStatusChange(Long quoteId, QuoteStatus from, QuoteStatus to, String actor, String reason) {
        this.quoteId = quoteId;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.reason = reason;
        this.at = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    public Long getId() {
        return id;
    }

    public Long getQuoteId() {
        return quoteId;
    }

    public QuoteStatus getFrom() {
        return from;
    }

    public QuoteStatus getTo() {
        return to;
    }

    public String getActor() {
        return actor;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getReason() {
        return reason;
    }
}
