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
 * A financial account (conta: caixa, banco...) where money is kept, configurable per company. The ones every
 * company starts with carry a {@link SystemAccount} (the wallet account holds clients' prepaid money); the company
 * may rename them and add its own.
 */
@Entity
@Table(name = "financial_account")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class FinancialAccount {

    public static final int NAME_MAX = 60;

    @Id
    @SequenceGenerator(name = "financial_account_seq", sequenceName = "financial_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "financial_account_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private SystemAccount code;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected FinancialAccount() {
    }

    public FinancialAccount(String name, SystemAccount code) {
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

    public SystemAccount getCode() {
        return code;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
