package br.com.clientela.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void ourStrongOrWeakTagIsTheVersion() {
        assertThat(IfMatch.version("\"7\"")).isEqualTo(7L);
        assertThat(IfMatch.version("W/\"7\"")).isEqualTo(7L);
        assertThat(IfMatch.version(" \"12\", \"13\"")).isEqualTo(12L);
    }

    @Test
    void noHeaderOrAnyTagIsNotTiedToAVersion() {
        assertThat(IfMatch.version(null)).isNull();
        assertThat(IfMatch.version(" ")).isNull();
        assertThat(IfMatch.version("*")).isNull();
    }

    @Test
    void aTagThatIsNotOursMatchesNoVersion() {
        assertThat(IfMatch.version("\"abc\"")).isEqualTo(-1L);
        assertThat(IfMatch.version("\"-3\"")).isEqualTo(-1L);
        assertThat(IfMatch.version("\"99999999999999999999\"")).isEqualTo(-1L);
    }
}
