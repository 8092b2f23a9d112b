package br.com.clientela.clients.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.shared.PtBrValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The client input's constraints on the fee and the guardian of a minor, with pt-BR messages by field. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientInputValidationTest {

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
    void aMinorWithoutGuardianIsRefusedOnBothGuardianFields() {
        Map<String, String> errors = errors(person(LocalDate.now().minusYears(17), null, null));

        assertThat(errors).containsOnlyKeys("guardian.name", "guardian.document");
        assertThat(errors.get("guardian.name")).isEqualTo(
                "Informe o nome do responsável legal: o cliente é menor de 18 anos.");
    }

    @Test
    void aMinorWithAGuardianAnAdultAndAnUnknownBirthDatePass() {
        assertThat(errors(person(LocalDate.now().minusYears(17),
                new GuardianInput("Maria", "529.982.247-25"), null))).isEmpty();
        assertThat(errors(person(LocalDate.now().minusYears(18), null, null))).isEmpty();
        assertThat(errors(person(null, null, null))).isEmpty();
    }

    @Test
    void aBirthDateInTheFutureIsOnlyThatError() {
        assertThat(errors(person(LocalDate.now().plusDays(1), null, null))).containsOnlyKeys("birthDate");
    }

    @Test
    void theFeeHasAtMostTwoDecimalsAndIsNotNegative() {
        assertThat(errors(person(null, null, new BigDecimal("10.555")))).containsOnlyKeys("defaultFee");
        assertThat(errors(person(null, null, new BigDecimal("-0.01"))).get("defaultFee"))
                .isEqualTo("O valor não pode ser negativo.");
        assertThat(errors(person(null, null, new BigDecimal("1234.50")))).isEmpty();
    }

    private Map<String, String> errors(ClientInput input) {
        return validator.validate(input).stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage, (a, b) -> a));
    }

    private static ClientInput person(LocalDate birthDate, GuardianInput guardian, BigDecimal fee) {
        return new ClientInput(ClientKind.PERSON, "Nome", null, null, null, null, null, birthDate, null, null, null,
                null, null, null, fee, null, null, List.of(), List.of(), List.of(), guardian, Map.of());
    }
}
