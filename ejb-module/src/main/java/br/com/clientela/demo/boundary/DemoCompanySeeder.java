package br.com.clientela.demo.boundary;

import br.com.clientela.centers.entity.Center;
import br.com.clientela.clients.entity.Address;
import br.com.clientela.clients.entity.AddressType;
import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.clients.entity.Contact;
import br.com.clientela.clients.entity.EmergencyContact;
import br.com.clientela.clients.entity.Guardian;
import br.com.clientela.demo.control.DemoPeople;
import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.payments.entity.PaymentTerm;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Fills a demo company: its manager, its staff member, two centers and its clients — some with a center, an
 * owner, a fee, contacts and emergency contacts, and minors with a guardian (the company and its ADMIN are
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
        StaffUser manager = new StaffUser("gerente@" + spec.slug() + ".demo", spec.managerName(), Role.MANAGER, hash);
        StaffUser staff = new StaffUser("equipe@" + spec.slug() + ".demo", spec.staffName(), Role.STAFF, hash);
        em.persist(manager);
        em.persist(staff);
        List<Center> centers = List.of(new Center("Unidade " + spec.city()), new Center("Unidade Zona Sul"));
        centers.forEach(em::persist);
        List<DemoPeople.Person> people = DemoPeople.generate(clients, spec.slug().hashCode());
        for (int i = 0; i < people.size(); i++) {
            DemoPeople.Person person = people.get(i);
            Client client = new Client(ClientKind.PERSON, person.name());
            client.setDocument(person.cpf());
            client.contact(person.email(), person.phone());
            client.setBirthDate(person.birthDate());
            client.addAddress(new Address(AddressType.MAIN, person.postalCode(), null, null, null, null, person.city(),
                    person.state(), true));
            fillRecord(client, i, centers, i % 2 == 0 ? manager : staff, people.get((i + 1) % people.size()));
            em.persist(client);
        }
    }

    /**
     * The rest of the record for some clients, so every part of the profile has something to show: most have a
     * center, every third an owner, fee and payment preferences, every fifth a contact, every fourth two
     * emergency contacts (others only one, so the form's nudge shows), and each minor a guardian.
     */
    private static void fillRecord(Client client, int index, List<Center> centers, StaffUser owner,
            DemoPeople.Person relative) {
        if (index % 4 != 3) {
            client.setCenter(centers.get(index % centers.size()));
        }
        if (index % 3 == 0) {
            client.setOwner(owner);
            client.setDefaultFee(new BigDecimal(80 + index % 5 * 20).setScale(2));
            client.setPreferredPaymentMethod(PaymentMethod.values()[index % PaymentMethod.values().length]);
            client.setPaymentTerm(index % 2 == 0 ? PaymentTerm.IMMEDIATE : PaymentTerm.DAYS_30);
        }
        if (index % 5 == 0) {
            client.replaceContacts(List.of(new Contact(relative.name(), "Cônjuge", relative.phone(), relative.email())));
        }
        if (index % 4 == 0) {
            client.replaceEmergencyContacts(List.of(new EmergencyContact(relative.name(), relative.phone(), "Irmã(o)"),
                    new EmergencyContact("Vizinho(a) " + relative.name().split(" ")[0], relative.phone(), "Vizinho(a)")));
        } else if (index % 4 == 1) {
            client.replaceEmergencyContacts(List.of(new EmergencyContact(relative.name(), relative.phone(), "Mãe/Pai")));
        }
        if (client.isMinor(LocalDate.now())) {
            client.setGuardian(new Guardian(relative.name(), relative.cpf()));
        }
    }
}
