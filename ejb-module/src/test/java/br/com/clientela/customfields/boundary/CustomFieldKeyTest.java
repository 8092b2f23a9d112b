package br.com.clientela.customfields.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomFieldKeyTest {

    @Test
    void keyIsMadeFromTheLabelWithoutAccentsOrSymbols() {
        assertThat(CustomFieldService.keyFrom("Porte do pet")).isEqualTo("porte_do_pet");
        assertThat(CustomFieldService.keyFrom("  Convênio / Plano de saúde ")).isEqualTo("convenio_plano_de_saude");
    }

    @Test
    void keyStartsWithALetterAndFitsFortyCharacters() {
        assertThat(CustomFieldService.keyFrom("2 vias")).isEqualTo("campo_2_vias");
        assertThat(CustomFieldService.keyFrom("!!!")).isEqualTo("campo");
        assertThat(CustomFieldService.keyFrom("a".repeat(60))).hasSize(40);
    }
}
