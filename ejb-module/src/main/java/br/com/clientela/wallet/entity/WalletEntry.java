package br.com.clientela.wallet.entity;

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
 * One line of a wallet's append-only ledger: never updated nor deleted (only with the client). The balance
 * after it makes the ledger readable on its own; the idempotency key, unique per company, makes a replayed
 * request find this entry instead of moving money again.
 */
@Entity
@Table(name = "wallet_entry")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class WalletEntry {

    public static final int REASON_MAX = 200;
    public static final int KEY_MAX = 100;

    @Id
    @SequenceGenerator(name = "wallet_entry_seq", sequenceName = "wallet_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wallet_entry_seq")
    private Long id;

    @Column(name = "wallet_id", nullable = false, updatable = false)
    private Long walletId;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false, updatable = false, length = 6)
    private EntryType type;

    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "balance_after", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal balanceAfter;

    @Column(updatable = false, length = REASON_MAX)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 12)
    private PaymentMethod method;

    @Column(nullable = false, updatable = false, length = 254)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = KEY_MAX)
    private String idempotencyKey;

    protected WalletEntry() {
    }

    /** The entry of a movement just applied to the wallet, which now holds {@code wallet.getBalance()}. */
    public WalletEntry(Wallet wallet, EntryType type, BigDecimal amount, String reason, PaymentMethod method,
            String actor, String idempotencyKey) {
        this.walletId = wallet.getId();
        this.type = type;
        this.amount = amount;
        this.balanceAfter = wallet.getBalance();
        this.reason = reason;
        this.method = method;
        this.actor = actor;
        this.at = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        this.idempotencyKey = idempotencyKey;
    }

    public Long getId() {
        return id;
    }

    public Long getWalletId() {
        return walletId;
    }

    public EntryType getType() {
        return type;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getBalanceAfter() {
        return balanceAfter;
    }

    public String getReason() {
        return reason;
    }

    public PaymentMethod getMethod() {
        return method;
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
}
