package br.com.clientela.transactions.entity;

import br.com.clientela.payments.entity.PaymentMethod;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A movement of money (movimentação): signed amount (in positive, out negative), client, category, method and
 * financial account, who recorded it and what it came from (an invoice payment, a wallet entry...). Written by
 * {@code TransactionRecorder} whenever money moves; never changed afterwards (a mistake is undone by another
 * transaction, a refund or an adjustment).
 */
@Entity
@Table(name = "money_transaction")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class Transaction {

    public static final int DESCRIPTION_MAX = 200;

    @Id
    @SequenceGenerator(name = "money_transaction_seq", sequenceName = "money_transaction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "money_transaction_seq")
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime at;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private TransactionCategory category;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private PaymentMethod method;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private FinancialAccount account;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false, length = 254)
    private String actor;

    /** What the movement came from, e.g. INVOICE_PAYMENT and the payment's id; both null for a manual one. */
    @Column(name = "reference_type", length = 30)
    private String referenceType;

    @Column(name = "reference_id")
    private Long referenceId;

    protected Transaction() {
    }

    public Transaction(Long clientId, TransactionCategory category, BigDecimal signedAmount, PaymentMethod method,
            FinancialAccount account, String description, String actor, String referenceType, Long referenceId) {
        this.clientId = clientId;
        this.at = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        this.category = category;
        this.amount = signedAmount;
        this.method = method;
        this.account = account;
        this.description = description;
        this.actor = actor;
        this.referenceType = referenceType;
        this.referenceId = referenceId;
    }

    public Long getId() {
        return id;
    }

    public Long getClientId() {
        return clientId;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public TransactionCategory getCategory() {
        return category;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public FinancialAccount getAccount() {
        return account;
    }

    public String getDescription() {
        return description;
    }

    public String getActor() {
        return actor;
    }

    public String getReferenceType() {
        return referenceType;
    }

    public Long getReferenceId() {
        return referenceId;
    }
}
