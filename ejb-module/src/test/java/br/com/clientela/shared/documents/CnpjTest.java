package br.com.clientela.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CnpjTest {

    /*
     * Receita Federal's worked example of the alphanumeric CNPJ, 12.ABC.345/01DE-35, checked by hand.
     * Each character is worth its ASCII code minus 48: digits keep their value, A=17, B=18, C=19, D=20, E=21.
     *
     * Characters  1  2  A  B  C  3  4  5  0  1  D  E
     * Values      1  2 17 18 19  3  4  5  0  1 20 21
     *
     * First digit, weights 5 4 3 2 9 8 7 6 5 4 3 2:
     *   5 + 8 + 51 + 36 + 171 + 24 + 28 + 30 + 0 + 4 + 60 + 42 = 459
     *   459 % 11 = 8 (11 * 41 = 451), not below 2, so the digit is 11 - 8 = 3
     * Second digit, over the twelve values plus that 3, weights 6 5 4 3 2 9 8 7 6 5 4 3 2:
     *   6 + 10 + 68 + 54 + 38 + 27 + 32 + 35 + 0 + 5 + 80 + 63 + 6 = 424
     *   424 % 11 = 6 (11 * 38 = 418), so the digit is 11 - 6 = 5
     * Check digits: 35.
     */
    private static final String RECEITA_EXAMPLE = "12.ABC.345/01DE-35";

    @ParameterizedTest
    @ValueSource(strings = {"11.222.333/0001-81", "11222333000181", " 11.222.333/0001-81 ", "11 222 333 0001 81"})
    void classicNumericCnpjWithRightCheckDigitsIsValidMaskedOrNot(String cnpj) {
        assertThat(Cnpj.isValid(cnpj)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"11.222.333/0001-82", "11.222.333/0001-91", "11222333000180"})
    void classicNumericCnpjWithWrongCheckDigitIsRefused(String cnpj) {
        assertThat(Cnpj.isValid(cnpj)).isFalse();
    }

    @Test
    void cnpjOfOneRepeatedCharacterIsRefusedEvenThoughItsCheckDigitsAddUp() {
        // All zeros sums to 0 for both digits, so the check digits alone would accept it.
        assertThat(Cnpj.withCheckDigits("000000000000")).isEqualTo("00000000000000");

        assertThat(Cnpj.isValid("00.000.000/0000-00")).isFalse();
        assertThat(Cnpj.isValid("11111111111111")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1122233300018", "112223330001811", "11.222.333/0001"})
    void cnpjWithWrongLengthIsRefused(String cnpj) {
        assertThat(Cnpj.isValid(cnpj)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void missingCnpjIsNotValid(String cnpj) {
        assertThat(Cnpj.isValid(cnpj)).isFalse();
    }

    @Test
    void receitaFederalAlphanumericExampleIsValidMaskedAndUnmasked() {
        assertThat(Cnpj.isValid(RECEITA_EXAMPLE)).isTrue();
        assertThat(Cnpj.isValid("12ABC34501DE35")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.ABC.345/01DE-36", "12.ABC.345/01DE-45", "12ABC34501DE53", "12ABD34501DE35"})
    void alphanumericCnpjWithWrongCheckDigitIsRefused(String cnpj) {
        assertThat(Cnpj.isValid(cnpj)).isFalse();
    }

    @Test
    void lowercaseAlphanumericCnpjIsNormalisedToUppercaseAndAccepted() {
        assertThat(Cnpj.normalize("12.abc.345/01de-35")).isEqualTo("12ABC34501DE35");
        assertThat(Cnpj.isValid("12.abc.345/01de-35")).isTrue();
    }

    @Test
    void normaliseDropsDotsSlashDashAndSpacesOnly() {
        assertThat(Cnpj.normalize(" 11.222.333/0001-81 ")).isEqualTo("11222333000181");
        assertThat(Cnpj.normalize(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12ABC34501DEA5", "12ABC34501DE3A"})
    void letterInACheckDigitPositionIsRefused(String cnpj) {
        assertThat(Cnpj.isValid(cnpj)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12ABÇ34501DE35", "12AB*34501DE35", "12AB_34501DE35"})
    void characterOutsideDigitsAndAsciiLettersIsRefused(String cnpj) {
        assertThat(Cnpj.isValid(cnpj)).isFalse();
    }

    @Test
    void withCheckDigitsCompletesNumericAndAlphanumericBases() {
        assertThat(Cnpj.withCheckDigits("112223330001")).isEqualTo("11222333000181");
        assertThat(Cnpj.withCheckDigits("12ABC34501DE")).isEqualTo("12ABC34501DE35");
    }

    @Test
    void withCheckDigitsAlwaysProducesAValidCnpj() {
        for (String base : new String[] {"000000000001", "987654320001", "ZZZZZZZZ0001", "A1B2C3D4E5F6"}) {
            assertThat(Cnpj.isValid(Cnpj.withCheckDigits(base))).as(base).isTrue();
        }
    }

    @Test
    void formatMasksNumericAndAlphanumericCnpjs() {
        assertThat(Cnpj.format("11222333000181")).isEqualTo("11.222.333/0001-81");
        assertThat(Cnpj.format("12abc34501de35")).isEqualTo(RECEITA_EXAMPLE);
        assertThat(Cnpj.format(RECEITA_EXAMPLE)).isEqualTo(RECEITA_EXAMPLE);
    }

    @Test
    void formatLeavesValueOfWrongLengthAsTyped() {
        assertThat(Cnpj.format("1122233")).isEqualTo("1122233");
        assertThat(Cnpj.format(null)).isNull();
    }
}
