package br.com.clientela.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import br.com.clientela.shared.PtBrValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @ValidCpf} and {@code @ValidCnpj} on record components and method parameters, the two places the
 * code puts them, through a real Bean Validation provider.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentConstraintsTest {

    private static final String CPF_INVALID = "CPF inválido: confira os dígitos verificadores.";
    private static final String CNPJ_INVALID = "CNPJ inválido: confira os dígitos verificadores.";

    record Holder(@ValidCpf String cpf, @ValidCnpj String cnpj) {
    }

    static class Registry {
        public void register(@ValidCpf String cpf, @ValidCnpj String cnpj) {
        }
    }

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
    void validMaskedAndUnmaskedDocumentsAreAccepted() {
        assertThat(validator.validate(new Holder("529.982.247-25", "12.ABC.345/01DE-35"))).isEmpty();
        assertThat(validator.validate(new Holder("52998224725", "11222333000181"))).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void missingDocumentsAreLeftToNotBlank(String value) {
        assertThat(validator.validate(new Holder(value, value))).isEmpty();
    }

    @Test
    void cpfWithWrongCheckDigitIsReportedOnCpfInPortuguese() {
        assertThat(validator.validate(new Holder("529.982.247-26", null)))
                .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactly(tuple("cpf", CPF_INVALID));
    }

    @Test
    void repeatedDigitCpfIsReportedOnCpf() {
        assertThat(validator.validate(new Holder("111.111.111-11", null)))
                .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactly(tuple("cpf", CPF_INVALID));
    }

    @Test
    void cpfInTheCnpjFieldAndCnpjInTheCpfFieldAreBothReported() {
        assertThat(validator.validate(new Holder("11222333000181", "52998224725")))
                .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactlyInAnyOrder(tuple("cpf", CPF_INVALID), tuple("cnpj", CNPJ_INVALID));
    }

    @Test
    void invalidDocumentsPassedToAMethodAreReportedOnTheirParameters() throws NoSuchMethodException {
        Method register = Registry.class.getMethod("register", String.class, String.class);

        assertThat(validator.forExecutables().validateParameters(new Registry(), register,
                new Object[] {"529.982.247-25", "12.ABC.345/01DE-36"}))
                .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactly(tuple("register.cnpj", CNPJ_INVALID));
    }
}
