package br.com.clientela.clients.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void aBrazilianNumberIsShownWithDddInParenthesesAndAHyphen() {
        assertThat(PhoneNumber.format("+5511987654321")).isEqualTo("(11) 98765-4321");
        assertThat(PhoneNumber.format("+551134567890")).isEqualTo("(11) 3456-7890");
        // The company's phone is kept as typed: it reads the same once shown.
        assertThat(PhoneNumber.format("11987654321")).isEqualTo("(11) 98765-4321");
        assertThat(PhoneNumber.format("+55 21 3456 7890")).isEqualTo("(21) 3456-7890");
    }

    @Test
    void whatIsNotABrazilianNumberStaysAsTypedAndNothingIsEmpty() {
        assertThat(PhoneNumber.format("+1 212 555 0100")).isEqualTo("+1 212 555 0100");
        assertThat(PhoneNumber.format(" ramal 12 ")).isEqualTo("ramal 12");
        assertThat(PhoneNumber.format(null)).isEmpty();
        assertThat(PhoneNumber.format("  ")).isEmpty();
    }
}
