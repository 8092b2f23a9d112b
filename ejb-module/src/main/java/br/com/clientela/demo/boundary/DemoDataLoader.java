package br.com.clientela.demo.boundary;

import br.com.clientela.companies.boundary.CompanyRegistration;
import br.com.clientela.security.entity.Role;
import br.com.clientela.shared.documents.Cnpj;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code clientela.demo=true} (the default of the embedded database), loads two demo companies once:
 * a pet hotel and a clinic, each with an ADMIN, a MANAGER and a STAFF member and 50 clients; the first one also
 * gets some money records (catalog, quotes, orders, invoices, a wallet top-up, points: see {@link DemoMoneySeeder}).
 * A company already there is left alone, so restarts keep whatever was changed.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

    /** Demo data only: printed on start and in the README. */
    public static final String DEMO_PASSWORD = "Clientela2026";
    static final int CLIENTS_PER_COMPANY = 50;

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    static final List<DemoCompany> COMPANIES = List.of(
            new DemoCompany("pethotel", "Hotel Pet Bem-Estar Ltda", "Pet Hotel Bem-Estar",
                    Cnpj.withCheckDigits("112223330001"), "+5511955551234", "São Paulo", "SP", "05422010",
                    "Ana Paula Ribeiro", "Márcio Guimarães", "Letícia Araújo"),
            new DemoCompany("clinica", "Clínica Estética Viver Bem Ltda", "Clínica Viver Bem",
                    Cnpj.withCheckDigits("12ABC3450001"), "+5521966662345", "Rio de Janeiro", "RJ", "22071900",
                    "Cláudia Magalhães", "Sérgio Falcão", "Íris Conceição"));

    @Inject
    @ConfigProperty(name = "clientela.demo", defaultValue = "false")
    boolean demo;

    @EJB
    CompanyRegistration registration;

    @EJB
    DemoCompanySeeder seeder;

    @EJB
    DemoMoneySeeder money;

    @PostConstruct
    void load() {
        if (!demo) {
            return;
        }
        for (DemoCompany company : COMPANIES) {
            if (registration.exists(company.slug())) {
                continue;
            }
            long id = registration.createCompany(company.toCompany());
            registration.addDefaults(id);
            registration.addStaff(id, "admin@" + company.slug() + ".demo", company.adminName(), Role.ADMIN,
                    DEMO_PASSWORD);
            seeder.addTeamAndClients(id, company, DEMO_PASSWORD, CLIENTS_PER_COMPANY);
            if (company == COMPANIES.get(0)) {
                money.addMoney(id, "gerente@" + company.slug() + ".demo");
            }
            LOG.info(() -> "Demo company '" + company.slug() + "' loaded (demo password " + DEMO_PASSWORD + ")");
        }
    }
}
