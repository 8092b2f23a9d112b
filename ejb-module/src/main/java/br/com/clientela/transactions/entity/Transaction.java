package br.com.clientela.transactions.entity;

import br.com.clientela.payments.entity.PaymentMethod;
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
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A movement of money (movimentação): signed amount (in positive, out negative), client, category, method and
 * financial account. The start of the Transactions feature: only what the wallet writes now; configurable
 * categories and accounts, the list page and its filters come with that feature.
 */
@Entity
@Table(name = "money_transaction")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class Transaction {

    @Id
    @SequenceGenerator(name = "money_transaction_seq", sequenceName = "money_transaction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "money_transaction_seq")
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime at;

    @Column(nullable = false, length = 60)
    private String category;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private PaymentMethod method;

    @Column(length = 60)
    private String account;

    protected Transaction() {
    }

    public Transaction(Long clientId, String category, BigDecimal signedAmount, PaymentMethod method,
            String account) {
        this.clientId = clientId;
        this.at = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        this.category = category;
        this.amount = signedAmount;
        this.method = method;
        this.account = account;
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

    public String getCategory() {
        return category;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public String getAccount() {
        return account;
    }
}
