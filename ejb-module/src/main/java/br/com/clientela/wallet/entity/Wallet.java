package br.com.clientela.wallet.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A client's prepaid balance (carteira), created on first use. The balance only changes together with a
 * {@link WalletEntry} and under a pessimistic lock on this row, so concurrent operations serialize; the
 * database refuses a negative balance too.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class Wallet {

    @Id
    @SequenceGenerator(name = "wallet_seq", sequenceName = "wallet_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wallet_seq")
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal balance;

    @Version
    private long version;

    protected Wallet() {
    }

    public Wallet(Long clientId) {
        this.clientId = clientId;
        this.balance = BigDecimal.ZERO.setScale(2);
    }

    /** Adds (positive) or takes (negative) money; the caller has checked the balance stays at zero or more. */
    public void move(BigDecimal signedAmount) {
        BigDecimal after = balance.add(signedAmount);
        if (after.signum() < 0) {
            throw new IllegalStateException("A wallet balance never goes below zero");
        }
        balance = after;
    }

    public Long getId() {
        return id;
    }

    public Long getClientId() {
        return clientId;
    }

    public BigDecimal getBalance() {
        return balance;
    }
}
