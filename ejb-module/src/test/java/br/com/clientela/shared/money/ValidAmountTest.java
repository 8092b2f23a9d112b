package br.com.clientela.shared.money;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.shared.PtBrValidation;
import jakarta.validation.ConstraintViolation;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code @ValidAmount} through a real Bean Validation provider, with its pt-BR message. */
class ValidAmountTest {

    record Price(@ValidAmount BigDecimal amount) {
    }

    private static Set<ConstraintViolation<Price>> validate(String amount) {
        try (PtBrValidation validation = new PtBrValidation()) {
            return validation.validator().validate(new Price(amount == null ? null : new BigDecimal(amount)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.05", "150.00", "150.5", "1234.560", "-10.00", "9999999999.99"})
    void amountsInCentsPass(String amount) {
        assertThat(validate(amount)).isEmpty();
    }

    @Test
    void nullIsLeftToNotNull() {
        assertThat(validate(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"150.505", "0.001", "10000000000.00"})
    void moreThanTwoDecimalsOrTooLargeIsRefusedWithOnePtBrMessage(String amount) {
        assertThat(validate(amount)).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath()).hasToString("amount");
            assertThat(violation.getMessage()).isEqualTo(
                "Informe o valor em reais com no máximo 2 casas decimais e até 10 dígitos antes da vírgula, como 1.234,56.");
        });
    }
}
