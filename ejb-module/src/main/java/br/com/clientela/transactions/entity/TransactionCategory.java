package br.com.clientela.transactions.entity;

import br.com.clientela.shared.settings.NamedSetting;
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
public class TransactionCategory extends NamedSetting {

    public static final int NAME_MAX = NamedSetting.NAME_MAX;

    @Id
    @SequenceGenerator(name = "transaction_category_seq", sequenceName = "transaction_category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transaction_category_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private SystemCategory code;

    protected TransactionCategory() {
    }

    public TransactionCategory(String name, SystemCategory code) {
        super(name);
        this.code = code;
    }

    @Override
    public Long getId() {
        return id;
    }

    public SystemCategory getCode() {
        return code;
    }
}
