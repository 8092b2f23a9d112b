package br.com.clientela.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CpfTest {

    /*
     * 529.982.247-25 by hand. First digit, weights 10..2 over 5 2 9 9 8 2 2 4 7:
     *   50 + 18 + 72 + 63 + 48 + 10 + 8 + 12 + 14 = 295; 295 % 11 = 9; 11 - 9 = 2
     * Second digit, weights 11..2 over the nine digits and that 2:
     *   55 + 20 + 81 + 72 + 56 + 12 + 10 + 16 + 21 + 4 = 347; 347 % 11 = 6; 11 - 6 = 5
     */
    @ParameterizedTest
    @ValueSource(strings = {"529.982.247-25", "52998224725", " 529 982 247 25 "})
    void cpfWithRightCheckDigitsIsValidMaskedOrNot(String cpf) {
        assertThat(Cpf.isValid(cpf)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"529.982.247-26", "529.982.247-35", "529.982.742-25"})
    void cpfWithWrongCheckDigitIsRefused(String cpf) {
        assertThat(Cpf.isValid(cpf)).isFalse();
    }

    @Test
    void cpfOfOneRepeatedDigitIsRefusedEvenThoughItsCheckDigitsAddUp() {
        // Every repeated-digit CPF has check digits that add up; only the explicit rule refuses them.
        assertThat(Cpf.withCheckDigits("111111111")).isEqualTo("11111111111");

        assertThat(Cpf.isValid("111.111.111-11")).isFalse();
        assertThat(Cpf.isValid("00000000000")).isFalse();
        assertThat(Cpf.isValid("999.999.999-99")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5299822472", "529982247250", "529.982.247"})
    void cpfWithWrongLengthIsRefused(String cpf) {
        assertThat(Cpf.isValid(cpf)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"529.982.247-2X", "529/982/247-25", "ABC.982.247-25"})
    void cpfWithOtherCharactersOrMissingIsRefused(String cpf) {
        assertThat(Cpf.isValid(cpf)).isFalse();
    }

    @Test
    void withCheckDigitsCompletesNineDigits() {
        assertThat(Cpf.withCheckDigits("529982247")).isEqualTo("52998224725");
        assertThat(Cpf.isValid(Cpf.withCheckDigits("123456789"))).isTrue();
    }

    @Test
    void formatMasksElevenDigits() {
        assertThat(Cpf.format("52998224725")).isEqualTo("529.982.247-25");
        assertThat(Cpf.format("529.982.247-25")).isEqualTo("529.982.247-25");
    }

    @Test
    void formatLeavesValueOfWrongLengthAsTyped() {
        assertThat(Cpf.format("5299822")).isEqualTo("5299822");
        assertThat(Cpf.format(null)).isNull();
    }
}
