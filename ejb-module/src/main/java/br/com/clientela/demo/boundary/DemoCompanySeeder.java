package br.com.clientela.demo.boundary;

import br.com.clientela.clients.entity.Address;
import br.com.clientela.clients.entity.AddressType;
import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.ClientKind;
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
 * Fills a demo company: its manager, its staff member and its clients (the company and its ADMIN are
 * registered like any other, by {@link br.com.clientela.companies.boundary.CompanyRegistration}). Only the demo loader calls
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
    public void addTeamAndClients(long companyId, DemoCompany spec, String password, int clients) {
        TenantScope.enter(em, companyId);
        String hash = passwords.hash(password);
        em.persist(new StaffUser("gerente@" + spec.slug() + ".demo", spec.managerName(), Role.MANAGER, hash));
        em.persist(new StaffUser("equipe@" + spec.slug() + ".demo", spec.staffName(), Role.STAFF, hash));
        for (DemoPeople.Person person : DemoPeople.generate(clients, spec.slug().hashCode())) {
            Client client = new Client(ClientKind.PERSON, person.name());
            client.setDocument(person.cpf());
            client.contact(person.email(), person.phone());
            client.setBirthDate(person.birthDate());
            client.addAddress(new Address(AddressType.MAIN, person.postalCode(), null, null, null, null, person.city(),
                    person.state(), true));
            em.persist(client);
        }
    }
}
