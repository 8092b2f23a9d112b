package br.com.clientela.quotes.entity;

import br.com.clientela.lines.entity.SaleLine;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A quote (orçamento): a priced proposal to a client, numbered per company with no gaps, valid until a date.
 * Its lines are snapshots ({@link SaleLine}), and the totals are stored with them, so the quote keeps the amounts
 * it was sent with when the catalog changes. Which state may follow which is {@code QuoteTransitions}' rule; this
 * class only records the state it is told. Once converted it keeps the link to the order or invoice it became.
 */
@Entity
@Table(name = "quote")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class Quote {

    public static final int NOTES_MAX = 2000;
    public static final int TARGET_NUMBER_MAX = 30;

    @Id
    @SequenceGenerator(name = "quote_seq", sequenceName = "quote_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_seq")
    private Long id;

    @Column(name = "quote_number", nullable = false, updatable = false)
    private long number;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @ElementCollection
    @CollectionTable(name = "quote_line", joinColumns = @JoinColumn(name = "quote_id"))
    @OrderColumn(name = "position")
    private List<SaleLine> lines = new ArrayList<>();

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(length = NOTES_MAX)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private QuoteStatus status = QuoteStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(name = "converted_to", length = 10)
    private QuoteTarget convertedTo;

    @Column(name = "converted_id")
    private Long convertedId;

    @Column(name = "converted_number", length = TARGET_NUMBER_MAX)
    private String convertedNumber;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal gross;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal discount;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal total;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 254)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected Quote() {
    }

    /** A new draft with the next number of the company. */
    public Quote(long number, String createdBy) {
        this.number = number;
        this.createdBy = createdBy;
        this.createdAt = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = createdAt;
    }

    /** Client, validity, notes and the lines with their totals (already checked and summed by the caller). */
    public void change(Long clientId, LocalDate validUntil, String notes, List<SaleLine> lines, BigDecimal gross,
            BigDecimal discount, BigDecimal total) {
        this.clientId = clientId;
        this.validUntil = validUntil;
        this.notes = notes;
        this.lines.clear();
        this.lines.addAll(lines);
        this.gross = gross;
        this.discount = discount;
        this.total = total;
        touch();
    }

    public void moveTo(QuoteStatus status) {
        this.status = status;
        touch();
    }

    public void convertedInto(QuoteTarget target, Long targetId, String targetNumber) {
        this.convertedTo = target;
        this.convertedId = targetId;
        this.convertedNumber = targetNumber;
        moveTo(QuoteStatus.CONVERTED);
    }

    private void touch() {
        this.updatedAt = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    public Long getId() {
        return id;
    }

    public long getNumber() {
        return number;
    }

    public Long getClientId() {
        return clientId;
    }

    public List<SaleLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getNotes() {
        return notes;
    }

    public QuoteStatus getStatus() {
        return status;
    }

    public QuoteTarget getConvertedTo() {
        return convertedTo;
    }

    public Long getConvertedId() {
        return convertedId;
    }

    public String getConvertedNumber() {
        return convertedNumber;
    }

    public BigDecimal getGross() {
        return gross;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
