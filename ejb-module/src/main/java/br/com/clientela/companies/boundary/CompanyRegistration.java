package br.com.clientela.companies.boundary;

import br.com.clientela.companies.entity.Company;
import br.com.clientela.security.control.PasswordHashing;
import br.com.clientela.security.entity.Role;
import br.com.clientela.security.entity.StaffUser;
import br.com.clientela.shared.tenancy.TenantScope;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Creates a company and its first ADMIN, in two transactions because a persistence context is scoped to one
 * company from its first use on. Only start-up code calls it (the one-time setup and the demo loader), before
 * anyone can sign in; no page or endpoint does, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CompanyRegistration {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Event<CompanySetUp> setUp;

    @PermitAll
    public boolean exists(String slug) {
        return !em.createNamedQuery("Company.findBySlug", Company.class).setParameter("slug", slug).getResultList()
                .isEmpty();
    }

    @PermitAll
    public long createCompany(Company company) {
        em.persist(company);
        em.flush();
        return company.getId();
    }

    /** Creates the new company's defaults: every feature that has some observes {@link CompanySetUp}. */
    @PermitAll
    public void addDefaults(long companyId) {
        TenantScope.enter(em, companyId);
        setUp.fire(new CompanySetUp(companyId));
    }

    @PermitAll
    public void addStaff(long companyId, String email, String name, Role role, String password) {
        TenantScope.enter(em, companyId);
        em.persist(new StaffUser(email, name, role, passwords.hash(password)));
    }
}
