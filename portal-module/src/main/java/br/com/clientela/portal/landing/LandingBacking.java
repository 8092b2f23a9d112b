package br.com.clientela.portal.landing;

import br.com.clientela.clients.control.PhoneNumber;
import br.com.clientela.companies.boundary.CompanyPublicProfile;
import br.com.clientela.companies.boundary.CompanyService;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;

/** A company's public landing page in the portal (landing.xhtml); an unknown company is a 404. */
@Named
@RequestScoped
public class LandingBacking {

    @EJB
    CompanyService companies;

    private String slug;
    private CompanyPublicProfile company;

    public void load() throws IOException {
        company = companies.publicProfile(slug).orElse(null);
        if (company == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Empresa não encontrada");
            faces.responseComplete();
        }
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    /** The company's phone as people read it: "(11) 98765-4321". */
    public String getPhone() {
        return company == null ? "" : PhoneNumber.format(company.phone());
    }

    public CompanyPublicProfile getCompany() {
        return company;
    }
}
