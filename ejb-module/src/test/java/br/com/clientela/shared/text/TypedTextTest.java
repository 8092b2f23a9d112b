package br.com.clientela.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    void ordinaryTextWithAccentsAndEmojiIsClean() {
        assertThat(TypedText.isClean("Conceição Ávila 😀 – nº 12", false)).isTrue();
    }

    @Test
    void nulAndOtherControlCharactersAreRefused() {
        assertThat(TypedText.isClean("Ana\u0000", false)).isFalse();
        assertThat(TypedText.isClean("Ana\u0007", true)).isFalse();
        assertThat(TypedText.isClean("Ana\u007F", true)).isFalse();
        assertThat(TypedText.isClean("Ana\u0085", true)).isFalse();
        assertThat(TypedText.isClean("Ana\uFFFF", true)).isFalse();
    }

    @Test
    void loneSurrogatesAreRefusedEitherHalf() {
        assertThat(TypedText.isClean("Ana\uD83D", true)).isFalse();
        assertThat(TypedText.isClean("\uDE00Ana", true)).isFalse();
        assertThat(TypedText.isClean("\uD83D\uD83D\uDE00", true)).isFalse();
    }

    @Test
    void tabAndLineBreaksBelongOnlyToMultilineFields() {
        assertThat(TypedText.isClean("linha 1\r\nlinha 2\tcoluna", true)).isTrue();
        assertThat(TypedText.isClean("linha 1\nlinha 2", false)).isFalse();
        assertThat(TypedText.isClean("a\tb", false)).isFalse();
    }

    @Test
    void datesFrom1900To2100AreSaneAndOthersNot() {
        assertThat(TypedDate.isSane(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(TypedDate.isSane(LocalDate.of(2100, 12, 31))).isTrue();
        assertThat(TypedDate.isSane(LocalDate.of(1, 1, 1))).isFalse();
        assertThat(TypedDate.isSane(LocalDate.of(99999, 1, 1))).isFalse();
        assertThat(TypedDate.isSane(LocalDate.of(1899, 12, 31))).isFalse();
    }
}
