package br.com.clientela.companies.boundary;

import br.com.clientela.companies.entity.Company;
import br.com.clientela.shared.Versioned;
import br.com.clientela.shared.documents.ValidCnpj;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The company's own profile, as the ADMIN edits it and the API shows it (the logo travels separately). */
public record CompanyProfile(
        @NotBlank(message = "{clientela.company.slug.required}")
        @Size(max = Company.SLUG_MAX, message = "{clientela.size.max}")
        @Pattern(regexp = Company.SLUG_PATTERN, message = "{clientela.company.slug.pattern}")
        String slug,

        @NotBlank(message = "{clientela.company.legalName.required}")
        @Size(max = Company.NAME_MAX, message = "{clientela.size.max}")
        String legalName,

        @Size(max = Company.NAME_MAX, message = "{clientela.size.max}")
        String tradeName,

        @ValidCnpj
        String cnpj,

        @Email(message = "{clientela.email.invalid}")
        @Size(max = Company.EMAIL_MAX, message = "{clientela.size.max}")
        String email,

        @Size(max = Company.PHONE_MAX, message = "{clientela.size.max}")
        String phone,

        @Pattern(regexp = "[0-9]{5}-?[0-9]{3}", message = "{clientela.postalCode.invalid}")
        String postalCode,

        @Size(max = 150, message = "{clientela.size.max}")
        String street,

        @Size(max = 20, message = "{clientela.size.max}")
        String number,

        @Size(max = 80, message = "{clientela.size.max}")
        String complement,

        @Size(max = 80, message = "{clientela.size.max}")
        String district,

        @Size(max = 80, message = "{clientela.size.max}")
        String city,

        @Pattern(regexp = Company.STATE_PATTERN, message = "{clientela.state.invalid}")
        String state,

        @Size(max = Company.PIX_KEY_MAX, message = "{clientela.size.max}")
        String pixKey,

        Boolean hasLogo,

        /** The version the profile was read at (the API's ETag); only read back, never taken from a PUT body. */
        Long version) implements Versioned {

    /** Read-only (the logo has its own upload); boxed so JSON reads only true or false here. */
    public CompanyProfile {
        hasLogo = hasLogo != null && hasLogo;
    }

    static CompanyProfile of(Company c) {
        return new CompanyProfile(c.getSlug(), c.getLegalName(), c.getTradeName(), c.getCnpj(), c.getEmail(),
                c.getPhone(), c.getPostalCode(), c.getStreet(), c.getStreetNumber(), c.getComplement(),
                c.getDistrict(), c.getCity(), c.getState(), c.getPixKey(), c.getLogoContentType() != null,
                c.getVersion());
    }

    void applyTo(Company c) {
        c.setSlug(slug.trim());
        c.setLegalName(legalName.trim());
        c.setTradeName(blankToNull(tradeName));
        c.setCnpj(cnpj);
        c.setEmail(blankToNull(email));
        c.setPhone(blankToNull(phone));
        c.setPostalCode(postalCode);
        c.setStreet(blankToNull(street));
        c.setStreetNumber(blankToNull(number));
        c.setComplement(blankToNull(complement));
        c.setDistrict(blankToNull(district));
        c.setCity(blankToNull(city));
        c.setState(blankToNull(state));
        c.setPixKey(blankToNull(pixKey));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
