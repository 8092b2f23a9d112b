package br.com.clientela.companies.boundary;

import br.com.clientela.companies.entity.Company;
import br.com.clientela.security.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one-time setup of a real installation: when started with {@code CLIENTELA_SETUP_COMPANY_SLUG} (and the
 * other {@code CLIENTELA_SETUP_*} settings, see README) and no company of that slug exists yet, creates it and
 * its first ADMIN, who then does everything else in the back office. Later starts with the same settings
 * change nothing.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstCompanySetup {

    private static final Logger LOG = Logger.getLogger(FirstCompanySetup.class.getName());

    @Inject
    @ConfigProperty(name = "clientela.setup.company-slug")
    Optional<String> slug;

    @Inject
    @ConfigProperty(name = "clientela.setup.company-name")
    Optional<String> legalName;

    @Inject
    @ConfigProperty(name = "clientela.setup.admin-email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "clientela.setup.admin-name", defaultValue = "Administrador")
    String adminName;

    @Inject
    @ConfigProperty(name = "clientela.setup.admin-password")
    Optional<String> adminPassword;

    @EJB
    CompanyRegistration registration;

    @PostConstruct
    void setUp() {
        if (slug.isEmpty() || registration.exists(slug.get())) {
            return;
        }
        String missing = adminEmail.isEmpty() ? "CLIENTELA_SETUP_ADMIN_EMAIL"
                : adminPassword.isEmpty() ? "CLIENTELA_SETUP_ADMIN_PASSWORD"
                : legalName.isEmpty() ? "CLIENTELA_SETUP_COMPANY_NAME" : null;
        if (missing != null) {
            throw new IllegalStateException("One-time setup of company '" + slug.get() + "' needs " + missing);
        }
        long id = registration.createCompany(new Company(slug.get(), legalName.get()));
        registration.addDefaults(id);
        registration.addStaff(id, adminEmail.get(), adminName, Role.ADMIN, adminPassword.get());
        LOG.info(() -> "One-time setup: company '" + slug.get() + "' and its ADMIN " + adminEmail.get() + " created");
    }
}
