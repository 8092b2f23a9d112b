package br.com.clientela.demo.boundary;

import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.companies.entity.Company;
import br.com.clientela.demo.control.DemoPeople;
import br.com.clientela.security.control.PasswordHashing;
import br.com.clientela.security.entity.Role;
import br.com.clientela.security.entity.StaffUser;
import br.com.clientela.shared.tenancy.TenantScope;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes one demo company, its three staff members and its clients. Each step is its own transaction
 * because a persistence context is scoped to one company from its first use on. Only the demo loader calls
 * it (no page or endpoint does); it runs before anyone can sign in, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoCompanySeeder {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @PermitAll
    public boolean exists(String slug) {
        return !em.createNamedQuery("Company.findBySlug", Company.class).setParameter("slug", slug).getResultList()
                .isEmpty();
    }

    @PermitAll
    public long createCompany(DemoCompany spec) {
        Company company = new Company(spec.slug(), spec.legalName());
        company.setTradeName(spec.tradeName());
        company.setCnpj(spec.cnpj());
        company.setEmail("contato@" + spec.slug() + ".demo");
        company.setPhone(spec.phone());
        company.setCity(spec.city());
        company.setState(spec.state());
        company.setPostalCode(spec.postalCode());
        company.setPixKey(spec.cnpj());
        em.persist(company);
        em.flush();
        return company.getId();
    }

    @PermitAll
    public void addStaffAndClients(long companyId, DemoCompany spec, String password, int clients) {
        TenantScope.enter(em, companyId);
        String hash = passwords.hash(password);
        em.persist(new StaffUser("admin@" + spec.slug() + ".demo", spec.adminName(), Role.ADMIN, hash));
        em.persist(new StaffUser("gerente@" + spec.slug() + ".demo", spec.managerName(), Role.MANAGER, hash));
        em.persist(new StaffUser("equipe@" + spec.slug() + ".demo", spec.staffName(), Role.STAFF, hash));
        for (DemoPeople.Person person : DemoPeople.generate(clients, spec.slug().hashCode())) {
            Client client = new Client(ClientKind.PERSON, person.name());
            client.setDocument(person.cpf());
            client.contact(person.email(), person.phone());
            client.setBirthDate(person.birthDate());
            client.livesAt(person.postalCode(), person.city(), person.state());
            em.persist(client);
        }
    }
}
