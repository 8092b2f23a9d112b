package br.com.clientela.backoffice.company;

import br.com.clientela.companies.entity.Company;
import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.companies.boundary.CompanyProfile;
import br.com.clientela.companies.boundary.CompanyService;
import br.com.clientela.shared.documents.Cnpj;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The signed-in ADMIN's own company (company/profile.xhtml): its profile and its logo. Which company is
 * edited is never taken from the request; the service always works on the caller's.
 */
@Named
@ViewScoped
public class CompanyProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;


    @EJB
    CompanyService companies;

    private ProfileForm form = new ProfileForm();
    private boolean hasLogo;
    /** Changes the logo's URL after an upload so the browser shows the new image, not its cached one. */
    private int logoVersion;

    /** f:viewAction */
    public void load() {
        show(companies.mine());
    }

    public void save() {
        CompanyProfile profile = form.toProfile(hasLogo);
        if (PageMessages.attempt("profileForm", () -> show(companies.update(profile, profile.version())))) {
            PageMessages.info("company.saved");
        }
    }

    public void uploadLogo(FileUploadEvent event) {
        byte[] image = event.getFile().getContent();
        if (PageMessages.attempt("logoForm", () -> companies.replaceLogo(image))) {
            hasLogo = true;
            // The logo is part of the company record: the profile form goes on from the version this upload made,
            // unless someone else saved the profile in between (then saving the form is refused, as it should).
            long current = companies.mine().version();
            if (form.version != null && current == form.version + 1) {
                form.version = current;
            }
            logoVersion++;
            PageMessages.info("company.logoSaved");
        }
    }

    private void show(CompanyProfile profile) {
        form = ProfileForm.of(profile);
        hasLogo = profile.hasLogo();
    }

    public ProfileForm getForm() {
        return form;
    }

    public boolean isHasLogo() {
        return hasLogo;
    }

    public int getLogoVersion() {
        return logoVersion;
    }

    public List<String> getStates() {
        return Company.STATES;
    }

    /** What the profile's inputs hold until "Salvar" turns them into a {@link CompanyProfile}. */
    public static class ProfileForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String slug;
        private String legalName;
        private String tradeName;
        private String cnpj;
        private String email;
        private String phone;
        private String postalCode;
        private String street;
        private String number;
        private String complement;
        private String district;
        private String city;
        private String state;
        private String pixKey;
        /** The version loaded: a save over a profile someone else saved since is refused. */
        private Long version;

        static ProfileForm of(CompanyProfile p) {
            ProfileForm f = new ProfileForm();
            f.slug = p.slug();
            f.legalName = p.legalName();
            f.tradeName = p.tradeName();
            f.cnpj = Cnpj.format(p.cnpj());
            f.email = p.email();
            f.phone = p.phone();
            f.postalCode = p.postalCode();
            f.street = p.street();
            f.number = p.number();
            f.complement = p.complement();
            f.district = p.district();
            f.city = p.city();
            f.state = p.state();
            f.pixKey = p.pixKey();
            f.version = p.version();
            return f;
        }

        CompanyProfile toProfile(boolean hasLogo) {
            return new CompanyProfile(slug, legalName, tradeName, cnpj, email, phone, postalCode, street, number,
                    complement, district, city, state, pixKey, hasLogo, version);
        }

        public String getSlug() {
            return slug;
        }

        public void setSlug(String slug) {
            this.slug = slug;
        }

        public String getLegalName() {
            return legalName;
        }

        public void setLegalName(String legalName) {
            this.legalName = legalName;
        }

        public String getTradeName() {
            return tradeName;
        }

        public void setTradeName(String tradeName) {
            this.tradeName = tradeName;
        }

        public String getCnpj() {
            return cnpj;
        }

        public void setCnpj(String cnpj) {
            this.cnpj = cnpj;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getPostalCode() {
            return postalCode;
        }

        public void setPostalCode(String postalCode) {
            this.postalCode = postalCode;
        }

        public String getStreet() {
            return street;
        }

        public void setStreet(String street) {
            this.street = street;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public String getComplement() {
            return complement;
        }

        public void setComplement(String complement) {
            this.complement = complement;
        }

        public String getDistrict() {
            return district;
        }

        public void setDistrict(String district) {
            this.district = district;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }

        public String getState() {
            return state;
        }

        public void setState(String state) {
            this.state = state;
        }

        public String getPixKey() {
            return pixKey;
        }

        public void setPixKey(String pixKey) {
            this.pixKey = pixKey;
        }
    }
}
