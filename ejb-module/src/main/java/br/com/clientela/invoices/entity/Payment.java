package br.com.clientela.invoices.entity;

import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.transactions.entity.FinancialAccount;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Money received against an invoice (pagamento): amount, method, the day it was paid, the financial account it
 * went to, who registered it. Never changed afterwards. The idempotency key, unique per company, makes a
 * replayed request find this payment instead of paying twice.
 */
@Entity
@Table(name = "invoice_payment")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class Payment {

    /** Room for the "fatura-" prefix the wallet entry of a WALLET payment gets within its 100 characters. */
    public static final int KEY_MAX = 90;

    public static final int REASON_MAX = 200;

    @Id
    @SequenceGenerator(name = "invoice_payment_seq", sequenceName = "invoice_payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_payment_seq")
    private Long id;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private Long invoiceId;

    @Column(nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private PaymentMethod method;

    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", updatable = false)
    private FinancialAccount account;

    @Column(nullable = false, updatable = false, length = 254)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = 100)
    private String idempotencyKey;

    /** A refund (estorno) keeps the payment and says when, by whom and why it was given back. */
    @Column(name = "refunded_at")
    private LocalDateTime refundedAt;

    @Column(name = "refunded_by", length = 254)
    private String refundedBy;

    @Column(name = "refund_reason", length = REASON_MAX)
    private String refundReason;

    protected Payment() {
    }

    public Payment(Invoice invoice, BigDecimal amount, PaymentMethod method, LocalDate paidOn,
            FinancialAccount account, String actor, String idempotencyKey) {
        this.invoiceId = invoice.getId();
        this.amount = amount;
        this.method = method;
        this.paidOn = paidOn;
        this.account = account;
        this.actor = actor;
        this.at = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        this.idempotencyKey = idempotencyKey;
    }

    public Long getId() {
        return id;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public FinancialAccount getAccount() {
        return account;
    }

    public String getActor() {
        return actor;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void refund(String by, String reason, LocalDateTime at) {
        refundedAt = at;
        refundedBy = by;
        refundReason = reason;
    }

    public boolean isRefunded() {
        return refundedAt != null;
    }

    public LocalDateTime getRefundedAt() {
        return refundedAt;
    }

    public String getRefundedBy() {
        return refundedBy;
    }

    public String getRefundReason() {
        return refundReason;
    }
}
