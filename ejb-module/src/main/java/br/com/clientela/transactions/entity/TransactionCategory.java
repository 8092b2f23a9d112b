package br.com.clientela.transactions.entity;

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
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A category of transactions (categoria), configurable per company. The ones the system writes by itself
 * (payments, refunds, wallet movements...) carry a {@link SystemCategory}; the company may rename them and add
 * its own for manual adjustments.
 */
@Entity
@Table(name = "transaction_category")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class TransactionCategory {

    public static final int NAME_MAX = 60;

    @Id
    @SequenceGenerator(name = "transaction_category_seq", sequenceName = "transaction_category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transaction_category_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private SystemCategory code;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected TransactionCategory() {
    }

    public TransactionCategory(String name, SystemCategory code) {
        this.name = name;
        this.code = code;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public SystemCategory getCode() {
        return code;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
