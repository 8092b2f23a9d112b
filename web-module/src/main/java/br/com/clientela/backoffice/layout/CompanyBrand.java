package br.com.clientela.backoffice.layout;

import br.com.clientela.companies.boundary.CompanyProfile;
import br.com.clientela.companies.boundary.CompanyService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * What the side menu shows of the signed-in staff member's company: its logo when it has one, otherwise the
 * first letter of its name. Loaded once per request, only on pages that render the menu.
 */
@Named
@RequestScoped
public class CompanyBrand {

    @EJB
    CompanyService companies;

    private boolean hasLogo;
    private String initial;

    @PostConstruct
    void load() {
        CompanyProfile company = companies.mine();
        hasLogo = company.hasLogo();
        String name = company.tradeName() == null || company.tradeName().isBlank() ? company.legalName()
                : company.tradeName();
        name = name == null ? "" : name.strip();
        initial = name.isEmpty() ? "C" : name.substring(0, name.offsetByCodePoints(0, 1)).toUpperCase();
    }

    public boolean isHasLogo() {
        return hasLogo;
    }

    public String getInitial() {
        return initial;
    }
}
