package br.com.clientela.companies.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import br.com.clientela.shared.PtBrValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The constraints on the company profile, through a real Bean Validation provider, with pt-BR messages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompanyProfileValidationTest {

    private PtBrValidation validation;
    private Validator validator;

    @BeforeAll
    void startValidator() {
        validation = new PtBrValidation();
        validator = validation.validator();
    }

    @AfterAll
    void closeValidator() {
        validation.close();
    }

    @Test
    void completeProfileHasNoViolations() {
        assertThat(validator.validate(profile(p -> { }))).isEmpty();
    }

    @Test
    void profileWithOnlyTheRequiredFieldsHasNoViolations() {
        CompanyProfile minimal = new CompanyProfile("pet-hotel", "Hotel Pet Ltda", null, null, null, null, null, null,
                null, null, null, null, null, null, false, null);

        assertThat(validator.validate(minimal)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"11.222.333/0001-81", "11222333000181", "12.ABC.345/01DE-35", "12abc34501de35", ""})
    void validOrBlankCnpjIsAccepted(String cnpj) {
        assertThat(validator.validate(profile(p -> p.cnpj = cnpj))).isEmpty();
    }

    @Test
    void numericCnpjWithWrongCheckDigitIsReportedOnCnpjInPortuguese() {
        assertSingleViolation(profile(p -> p.cnpj = "11.222.333/0001-82"), "cnpj",
                "CNPJ inválido: confira os dígitos verificadores.");
    }

    @Test
    void alphanumericCnpjWithWrongCheckDigitIsReportedOnCnpjInPortuguese() {
        assertSingleViolation(profile(p -> p.cnpj = "12.ABC.345/01DE-36"), "cnpj",
                "CNPJ inválido: confira os dígitos verificadores.");
    }

    @Test
    void badEmailIsReportedOnEmail() {
        assertSingleViolation(profile(p -> p.email = "contato.pethotel.com.br"), "email",
                "Informe um e-mail válido, como nome@exemplo.com.br.");
    }

    @Test
    void overlongLegalNameIsReportedWithTheLimit() {
        assertSingleViolation(profile(p -> p.legalName = "A".repeat(151)), "legalName",
                "Use no máximo 150 caracteres.");
    }

    @Test
    void legalNameAtTheLimitIsAccepted() {
        assertThat(validator.validate(profile(p -> p.legalName = "A".repeat(150)))).isEmpty();
    }

    @Test
    void blankLegalNameIsRequired() {
        assertSingleViolation(profile(p -> p.legalName = "  "), "legalName", "Informe a razão social.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pet-Hotel", "pet hotel", "pet_hotel", "-pethotel", "pethotel-", "pet--hotel", "pét"})
    void badSlugIsReportedOnSlug(String slug) {
        assertSingleViolation(profile(p -> p.slug = slug), "slug",
                "O endereço do portal usa só letras minúsculas, números e hífens (ex.: pet-hotel).");
    }

    @Test
    void missingSlugIsRequired() {
        Set<ConstraintViolation<CompanyProfile>> violations = validator.validate(profile(p -> p.slug = null));

        assertThat(violations).extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactly(tuple("slug", "Informe o endereço do portal."));
    }

    @Test
    void overlongSlugIsReportedWithTheLimit() {
        assertSingleViolation(profile(p -> p.slug = "a".repeat(41)), "slug", "Use no máximo 40 caracteres.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01310-100", "01310100"})
    void cepWithOrWithoutDashIsAccepted(String cep) {
        assertThat(validator.validate(profile(p -> p.postalCode = cep))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0131-0100", "1310100", "013101000", "01310-10A", "01.310-100"})
    void badCepIsReportedOnPostalCode(String cep) {
        assertSingleViolation(profile(p -> p.postalCode = cep), "postalCode",
                "Informe o CEP com 8 dígitos, como 01310-100.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sp", "S", "SPX", "S1", "XX"})
    void badUfIsReportedOnState(String uf) {
        assertSingleViolation(profile(p -> p.state = uf), "state", "Informe a UF com 2 letras maiúsculas, como SP.");
    }

    private void assertSingleViolation(CompanyProfile profile, String property, String message) {
        assertThat(validator.validate(profile))
                .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactly(tuple(property, message));
    }

    /** A complete, valid profile with the changes the test makes. */
    private static CompanyProfile profile(Consumer<Input> change) {
        Input p = new Input();
        change.accept(p);
        return new CompanyProfile(p.slug, p.legalName, p.tradeName, p.cnpj, p.email, p.phone, p.postalCode, p.street,
                p.number, p.complement, p.district, p.city, p.state, p.pixKey, false, null);
    }

    private static final class Input {
        String slug = "pet-hotel";
        String legalName = "Hotel Pet Bem-Estar Ltda";
        String tradeName = "Pet Hotel Bem-Estar";
        String cnpj = "11.222.333/0001-81";
        String email = "contato@pethotel.com.br";
        String phone = "+5511955551234";
        String postalCode = "05422-010";
        String street = "Rua dos Pinheiros";
        String number = "1000";
        String complement = "Sala 2";
        String district = "Pinheiros";
        String city = "São Paulo";
        String state = "SP";
        String pixKey = "11222333000181";
    }

    @Test
    void theFormsOfferTheSameTwentySevenUfsTheValidationAccepts() {
        assertThat(br.com.clientela.companies.entity.Company.STATES).hasSize(27).contains("DF", "SP", "TO")
                .allMatch(uf -> uf.matches(br.com.clientela.companies.entity.Company.STATE_PATTERN));
    }

}
