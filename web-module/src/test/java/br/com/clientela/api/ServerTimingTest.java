package br.com.clientela.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerTimingTest {

    @Test
    void theDurationIsInMillisecondsWithAPointWhateverTheLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("pt-BR"));
            assertThat(ServerTiming.header(12_345_678)).isEqualTo("app;dur=12.346");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
