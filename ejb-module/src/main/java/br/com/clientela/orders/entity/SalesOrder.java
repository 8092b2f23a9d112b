package br.com.clientela.orders.entity;

import br.com.clientela.lines.entity.SaleLine;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An order (pedido) of a client: its number in the company, type, status, lines and their figures (item count,
 * gross, discount, total), notes and, when it came from a quote, that quote's id and number. The figures are
 * computed from the lines whenever they change and stored, so lists and totals never load the lines.
 * {@code paidAt} is the first time the order entered a paid status: a payment is announced once per order.
 * The entity is called SalesOrder (table sales_order) because ORDER is a reserved SQL word.
 */
@Entity
@Table(name = "sales_order")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class SalesOrder {

    public static final int NOTES_MAX = 2000;

    @Id
    @SequenceGenerator(name = "sales_order_seq", sequenceName = "sales_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_order_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private long number;

    /** Changes only when two clients are merged (a bulk update moves the loser's orders to the winner). */
    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "type_id", nullable = false)
    private OrderType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "status_id", nullable = false)
    private OrderStatus status;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<SaleLine> lines = new ArrayList<>();

    @Column(name = "item_count", nullable = false, precision = 15, scale = 3)
    private BigDecimal itemCount;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal gross;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal discount;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal total;

    @Column(length = NOTES_MAX)
    private String notes;

    @Column(name = "source_quote_id", updatable = false)
    private Long sourceQuoteId;

    @Column(name = "source_quote_number", updatable = false)
    private Long sourceQuoteNumber;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 254)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "paid_at")
    private LocalDateTime paidAt;

    @Version
    private long version;

    protected SalesOrder() {
    }

    public SalesOrder(long number, Long clientId, OrderType type, OrderStatus status, Long sourceQuoteId,
            Long sourceQuoteNumber, String createdBy, LocalDateTime now) {
        this.number = number;
        this.clientId = clientId;
        this.type = type;
        this.status = status;
        this.sourceQuoteId = sourceQuoteId;
        this.sourceQuoteNumber = sourceQuoteNumber;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces the lines with their figures, computed by the caller from the very same lines. */
    public void replaceLines(List<SaleLine> newLines, BigDecimal itemCount, BigDecimal gross, BigDecimal discount,
            BigDecimal total) {
        lines.clear();
        lines.addAll(newLines);
        this.itemCount = itemCount;
        this.gross = gross;
        this.discount = discount;
        this.total = total;
    }

    /**
     * Moves the order into {@code next}; answers true when this is the first time it enters a paid status (then
     * {@code paidAt} is set and stays), so the caller announces the payment exactly once.
     */
    public boolean moveTo(OrderStatus next, LocalDateTime now) {
        this.status = next;
        this.updatedAt = now;
        if (next.isPaid() && paidAt == null) {
            paidAt = now;
            return true;
        }
        return false;
    }

    public void touch(LocalDateTime now) {
        this.updatedAt = now;
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

    public OrderType getType() {
        return type;
    }

    public void setType(OrderType type) {
        this.type = type;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public List<SaleLine> getLines() {
        return lines;
    }

    public BigDecimal getItemCount() {
        return itemCount;
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

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getSourceQuoteId() {
        return sourceQuoteId;
    }

    public Long getSourceQuoteNumber() {
        return sourceQuoteNumber;
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

    public LocalDateTime getPaidAt() {
        return paidAt;
    }

    public long getVersion() {
        return version;
    }
}
