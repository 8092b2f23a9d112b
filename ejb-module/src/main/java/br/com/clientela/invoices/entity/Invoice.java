package br.com.clientela.invoices.entity;

import br.com.clientela.clients.entity.Client;
import br.com.clientela.lines.entity.SaleLine;
import br.com.clientela.shared.money.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An invoice (fatura): money a client owes for the lines it lists, due on a date. The number is the company's
 * next INVOICE number (gapless, see {@code DocumentNumbering}). The totals are computed once from the lines and
 * stored, like the lines themselves, so the invoice keeps the amounts it was issued with.
 *
 * <p>The stored status only moves PENDING → PARTIALLY_PAID → PAID with payments, or PENDING → CANCELLED.
 * OVERDUE is derived from the due date ({@link #effectiveStatus}); queries derive it the same way in JPQL.
 */
@Entity
@Table(name = "invoice")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class Invoice {

    public static final int NOTES_MAX = 1000;
    public static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private long number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false, updatable = false)
    private Client client;

    @ElementCollection
    @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "position")
    private List<SaleLine> lines = new ArrayList<>();

    @Column(name = "issue_date", nullable = false, updatable = false)
    private LocalDate issueDate;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal gross;

    @Column(nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal discount;

    @Column(nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal total;

    @Column(name = "amount_paid", nullable = false, precision = 14, scale = 2)
    private BigDecimal amountPaid = Money.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InvoiceStatus status = InvoiceStatus.PENDING;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;

    @Column(name = "cancelled_by", length = 254)
    private String cancelledBy;

    @Column(name = "cancel_reason", length = REASON_MAX)
    private String cancelReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", length = 10, updatable = false)
    private InvoiceSource sourceType;

    @Column(name = "source_id", updatable = false)
    private Long sourceId;

    @Column(name = "source_number", updatable = false)
    private Long sourceNumber;

    @Column(length = NOTES_MAX, updatable = false)
    private String notes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 254)
    private String createdBy;

    @Version
    private long version;

    protected Invoice() {
    }

    /** A new PENDING invoice; lines and dates must already be checked. */
    public Invoice(long number, Client client, List<SaleLine> lines, LocalDate issueDate, LocalDate dueDate,
            String notes, String createdBy) {
        this.number = number;
        this.client = client;
        this.lines = new ArrayList<>(lines);
        this.issueDate = issueDate;
        this.dueDate = dueDate;
        // As LineTotals sums them: each line rounded once, so the total is the sum of the printed line totals.
        this.gross = lines.stream().map(SaleLine::getGross).reduce(Money.ZERO, BigDecimal::add);
        this.discount = lines.stream().map(SaleLine::getDiscount).reduce(Money.ZERO, BigDecimal::add);
        this.total = gross.subtract(discount);
        this.notes = notes;
        this.createdBy = createdBy;
        this.createdAt = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Records where the invoice came from (a quote or an order), if anywhere. */
    public void cameFrom(InvoiceSource type, Long id, Long number) {
        this.sourceType = type;
        this.sourceId = id;
        this.sourceNumber = number;
    }

    /** The status a person sees on {@code today}: OVERDUE for an open invoice past its due date. */
    public InvoiceStatus effectiveStatus(LocalDate today) {
        return effective(status, dueDate, today);
    }

    /** The rule behind {@link #effectiveStatus}, for rows read without their entity. */
    public static InvoiceStatus effective(InvoiceStatus stored, LocalDate dueDate, LocalDate today) {
        return stored.isOpen() && dueDate.isBefore(today) ? InvoiceStatus.OVERDUE : stored;
    }

    /** What is still to be paid: the total less what was paid; zero once cancelled. */
    public BigDecimal amountDue() {
        return status == InvoiceStatus.CANCELLED ? Money.ZERO : total.subtract(amountPaid);
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    /**
     * Adds a payment already checked against {@link #amountDue()}: PARTIALLY_PAID while something remains,
     * PAID when nothing does.
     */
    public void registerPayment(BigDecimal amount) {
        if (!isOpen() || amount.signum() <= 0 || amount.compareTo(amountDue()) > 0) {
            throw new IllegalStateException("Payment of " + amount + " on invoice " + number + " (" + status
                    + ", due " + amountDue() + ")");
        }
        amountPaid = amountPaid.add(amount);
        status = amountPaid.compareTo(total) == 0 ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID;
    }

    /** Gives back a payment (estorno): what it paid is due again, so the invoice is open once more. */
    public void refundPayment(BigDecimal amount) {
        if (status == InvoiceStatus.CANCELLED || amount.signum() <= 0 || amount.compareTo(amountPaid) > 0) {
            throw new IllegalStateException("Refund of " + amount + " on invoice " + number + " (" + status
                    + ", paid " + amountPaid + ")");
        }
        amountPaid = amountPaid.subtract(amount);
        status = amountPaid.signum() == 0 ? InvoiceStatus.PENDING : InvoiceStatus.PARTIALLY_PAID;
    }

    public void cancel(String reason, String by, LocalDateTime at) {
        status = InvoiceStatus.CANCELLED;
        cancelReason = reason;
        cancelledBy = by;
        cancelledAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getNumber() {
        return number;
    }

    public Client getClient() {
        return client;
    }

    public List<SaleLine> getLines() {
        return List.copyOf(lines);
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
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

    public BigDecimal getAmountPaid() {
        return amountPaid;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public LocalDateTime getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public InvoiceSource getSourceType() {
        return sourceType;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public Long getSourceNumber() {
        return sourceNumber;
    }

    public String getNotes() {
        return notes;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    /** Changes on every save: the version a form or an API client read (see RecordVersions). */
    public long getVersion() {
        return version;
    }
}
