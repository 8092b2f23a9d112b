package br.com.clientela.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import br.com.clientela.security.entity.Role;
import br.com.clientela.shared.PtBrValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The constraints on a new staff member, StrongPassword included, with pt-BR messages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewStaffUserValidationTest {

    private static final String WEAK = "A senha deve ter de 10 a 128 caracteres, com letras e números.";

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
    void completeNewStaffUserHasNoViolations() {
        assertThat(validator.validate(withPassword("Senha12345"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghi1", "1234567890a", "Açaí2026abc", "senha com espaço 1"})
    void passwordOfTenOrMoreCharactersWithALetterAndADigitIsStrong(String password) {
        assertThat(validator.validate(withPassword(password))).isEmpty();
    }

    @Test
    void passwordOf128CharactersIsAccepted() {
        assertThat(validator.validate(withPassword("a1".repeat(64)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc12345", "abcdefgh1", "abcdefghijkl", "12345678901", "!!!!!!!!!!!!", ""})
    void shortOrLetterOnlyOrDigitOnlyPasswordIsReportedOnceAsWeak(String password) {
        assertSingleViolation(withPassword(password), "password", WEAK);
    }

    @Test
    void passwordOver128CharactersIsWeak() {
        assertSingleViolation(withPassword("a1".repeat(64) + "b"), "password", WEAK);
    }

    @Test
    void missingPasswordIsRequiredNotWeak() {
        assertSingleViolation(withPassword(null), "password", "Informe a senha.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"maria.exemplo.com.br", "maria@", "@exemplo.com.br", "maria silva@exemplo.com.br"})
    void badEmailIsReportedOnEmail(String email) {
        NewStaffUser user = new NewStaffUser(email, "Maria Souza", Role.STAFF, "Senha12345");

        assertSingleViolation(user, "email", "Informe um e-mail válido, como nome@exemplo.com.br.");
    }

    @Test
    void blankEmailIsRequired() {
        NewStaffUser user = new NewStaffUser(" ", "Maria Souza", Role.STAFF, "Senha12345");

        assertThat(validator.validate(user)).extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .contains(tuple("email", "Informe o e-mail."));
    }

    @Test
    void overlongNameIsReportedWithTheLimit() {
        NewStaffUser user = new NewStaffUser("maria@exemplo.com.br", "M".repeat(121), Role.STAFF, "Senha12345");

        assertSingleViolation(user, "name", "Use no máximo 120 caracteres.");
    }

    @Test
    void missingNameAndRoleAreEachReported() {
        NewStaffUser user = new NewStaffUser("maria@exemplo.com.br", "", null, "Senha12345");

        assertThat(validator.validate(user)).extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactlyInAnyOrder(
                        tuple("name", "Informe o nome."),
                        tuple("role", "Escolha o papel: ADMIN, MANAGER ou STAFF."));
    }

    @Test
    void passwordResetAppliesTheSameStrengthRule() {
        assertThat(validator.validate(new PasswordReset("curta1")))
                .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactly(tuple("password", WEAK));
    }

    private void assertSingleViolation(NewStaffUser user, String property, String message) {
        assertThat(validator.validate(user))
                .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactly(tuple(property, message));
    }

    private static NewStaffUser withPassword(String password) {
        return new NewStaffUser("maria.souza@exemplo.com.br", "Maria Souza", Role.MANAGER, password);
    }
}
