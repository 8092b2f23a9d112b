package br.com.clientela.rewards.control;

import br.com.clientela.companies.boundary.CompanySetUp;
import br.com.clientela.rewards.entity.RewardRules;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A new company starts with its reward rules, all off (V18 gave them to the companies before it). */
@Dependent
public class RewardDefaults {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    void create(@Observes CompanySetUp company) {
        em.persist(new RewardRules());
    }
}
