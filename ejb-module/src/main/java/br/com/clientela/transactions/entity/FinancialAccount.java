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
 * A financial account (conta: caixa, banco...) where money is kept, configurable per company. The ones every
 * company starts with carry a {@link SystemAccount} (the wallet account holds clients' prepaid money); the company
 * may rename them and add its own.
 */
@Entity
@Table(name = "financial_account")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class FinancialAccount extends NamedSetting {

    public static final int NAME_MAX = NamedSetting.NAME_MAX;

    @Id
    @SequenceGenerator(name = "financial_account_seq", sequenceName = "financial_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "financial_account_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private SystemAccount code;

    protected FinancialAccount() {
    }

    public FinancialAccount(String name, SystemAccount code) {
        super(name);
        this.code = code;
    }

    @Override
    public Long getId() {
        return id;
    }

    public SystemAccount getCode() {
        return code;
    }
}
