package br.com.clientela.demo.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.companies.entity.Company;
import br.com.clientela.shared.documents.Cnpj;
import org.junit.jupiter.api.Test;

/** The fixed demo companies are data a person sees first: they must pass the rules real input must pass. */
class DemoDataLoaderTest {

    @Test
    void demoCompaniesHaveValidCnpjsOneOfThemAlphanumeric() {
        assertThat(DemoDataLoader.COMPANIES).extracting(DemoCompany::cnpj).allMatch(Cnpj::isValid)
                .contains("11222333000181")
                .anyMatch(cnpj -> cnpj.chars().anyMatch(Character::isLetter));
    }

    @Test
    void demoCompaniesHavePortalSlugsThatFollowTheRule() {
        assertThat(DemoDataLoader.COMPANIES).extracting(DemoCompany::slug)
                .allMatch(slug -> slug.matches(Company.SLUG_PATTERN) && slug.length() <= Company.SLUG_MAX)
                .doesNotHaveDuplicates();
    }

    @Test
    void demoCompaniesHaveAddressFieldsTheProfileAccepts() {
        assertThat(DemoDataLoader.COMPANIES).allSatisfy(company -> {
            assertThat(company.postalCode()).matches("[0-9]{8}");
            assertThat(company.state()).matches("[A-Z]{2}");
            assertThat(company.phone()).matches("\\+55\\d{2}9\\d{8}").hasSizeLessThanOrEqualTo(Company.PHONE_MAX);
        });
    }
}
