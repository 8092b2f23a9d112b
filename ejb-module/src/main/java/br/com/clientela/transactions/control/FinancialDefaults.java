package br.com.clientela.transactions.control;

import br.com.clientela.companies.boundary.CompanySetUp;
import br.com.clientela.transactions.entity.FinancialAccount;
import br.com.clientela.transactions.entity.SystemAccount;
import br.com.clientela.transactions.entity.SystemCategory;
import br.com.clientela.transactions.entity.TransactionCategory;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A new company starts with the system categories and accounts (V13 gave them to the companies before it). */
@Dependent
public class FinancialDefaults {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    void create(@Observes CompanySetUp company) {
        for (SystemCategory category : SystemCategory.values()) {
            em.persist(new TransactionCategory(category.defaultName(), category));
        }
        for (SystemAccount account : SystemAccount.values()) {
            em.persist(new FinancialAccount(account.defaultName(), account));
        }
    }
}
