package br.com.clientela.companies.boundary;

import br.com.clientela.audit.control.RecordVersions;
import br.com.clientela.companies.entity.Company;
import br.com.clientela.shared.ConflictException;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.shared.images.ImageScaling;
import br.com.clientela.shared.tenancy.CallerCompany;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * The caller's own company profile, and the public face of any company for the portal. The company edited
 * is always the caller's: no company id is ever taken from a request.
 */
@Stateless
public class CompanyService {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RecordVersions versions;

    @Inject
    CallerCompany callerCompany;

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public CompanyProfile mine() {
        return CompanyProfile.of(callersCompany());
    }

    @RolesAllowed("ADMIN")
    public CompanyProfile update(@NotNull(message = "{clientela.body.required}") @Valid CompanyProfile profile) {
        return update(profile, null);
    }

    /**
     * Replaces the profile, refusing a change based on a version other than the current one ({@code
     * expectedVersion} null: whatever the current version is; the version inside {@code profile} is not read).
     */
    @RolesAllowed("ADMIN")
    public CompanyProfile update(@NotNull(message = "{clientela.body.required}") @Valid CompanyProfile profile,
            Long expectedVersion) {
        Company company = callersCompany();
        versions.claim(company, "Company", company.getId(), company.getVersion(), expectedVersion,
                session.getCallerPrincipal().getName());
        String slug = profile.slug().trim();
        boolean slugTaken = em.createNamedQuery("Company.findBySlug", Company.class)
                .setParameter("slug", slug)
                .getResultStream()
                .anyMatch(other -> !other.getId().equals(company.getId()));
        if (slugTaken) {
            throw new ConflictException("slug", "Este endereço do portal já está em uso por outra empresa.");
        }
        profile.applyTo(company);
        em.flush();
        return CompanyProfile.of(company);
    }

    @RolesAllowed("ADMIN")
    public void replaceLogo(byte[] image) {
        ImageScaling.Scaled logo = LogoImage.accept(image);
        callersCompany().replaceLogo(logo.bytes(), logo.contentType());
    }

    @PermitAll
    public Optional<CompanyPublicProfile> publicProfile(String slug) {
        return bySlug(slug).map(c -> new CompanyPublicProfile(c.getSlug(), c.displayName(), c.getCity(), c.getState(),
                c.getEmail(), c.getPhone(), c.getLogoContentType() != null));
    }

    @PermitAll
    public Optional<CompanyLogo> logo(String slug) {
        return bySlug(slug).filter(c -> c.getLogoContentType() != null)
                .map(c -> new CompanyLogo(c.getLogo(), c.getLogoContentType()));
    }

    private Optional<Company> bySlug(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Company.findBySlug", Company.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    private Company callersCompany() {
        long id = callerCompany.ofStaff(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new NotFoundException("Empresa não encontrada."));
        return em.find(Company.class, id);
    }
}
