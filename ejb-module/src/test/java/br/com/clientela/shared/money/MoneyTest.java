package br.com.clientela.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.clientela.shared.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({
        // ties go to the even cent (HALF_EVEN), both ways
        "0.125, 0.12", "0.135, 0.14", "2.665, 2.66", "2.675, 2.68", "-0.125, -0.12", "-0.135, -0.14",
        // anything past the tie rounds as people expect
        "0.1251, 0.13", "0.1249, 0.12", "10.999, 11.00", "-1.005000001, -1.01",
        // already in cents: only the scale changes
        "7, 7.00", "7.5, 7.50", "1234.56, 1234.56"
    })
    void computedAmountsRoundToTheCentWithTiesToTheEvenCent(String computed, String expected) {
        BigDecimal rounded = Money.round(new BigDecimal(computed));

        assertThat(rounded).isEqualTo(new BigDecimal(expected));
        assertThat(rounded.scale()).isEqualTo(2);
    }

    @Test
    void roundingLinesOneByOneHasNoUpwardBiasOnTies() {
        // Ten lines of 0,005, 0,015 ... 0,095, all ties, exactly 0,50 together: HALF_UP rounds every one up
        // (0,55); HALF_EVEN sends half of them down and half up, so the sum stays 0,50.
        BigDecimal halfUp = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal exact = BigDecimal.ZERO;
        for (int i = 0; i < 10; i++) {
            BigDecimal line = new BigDecimal("0.005").add(new BigDecimal("0.01").multiply(BigDecimal.valueOf(i)));
            sum = sum.add(Money.round(line));
            halfUp = halfUp.add(line.setScale(2, java.math.RoundingMode.HALF_UP));
            exact = exact.add(line);
        }
        assertThat(exact).isEqualByComparingTo("0.50");
        assertThat(sum).isEqualByComparingTo("0.50");
        assertThat(halfUp).isEqualByComparingTo("0.55");
    }

    @Test
    void sumOfCentsIsExactInBigDecimalWhereDoubleIsNot() {
        BigDecimal total = new BigDecimal("0.10").add(new BigDecimal("0.20"));

        assertThat(Money.round(total)).isEqualTo(new BigDecimal("0.30"));
        assertThat(0.10 + 0.20).isNotEqualTo(0.30);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1234.56|R$ 1.234,56", "-1234.56|-R$ 1.234,56", "0|R$ 0,00", "0.5|R$ 0,50", "-0.05|-R$ 0,05",
        "1234567.8|R$ 1.234.567,80", "999|R$ 999,00", "1000|R$ 1.000,00", "0.125|R$ 0,12", "0.135|R$ 0,14"
    })
    void formatsInPtBrWithSymbolGroupingAndCommaDecimals(String amount, String shown) {
        assertThat(Money.format(new BigDecimal(amount))).isEqualTo(shown);
    }

    @Test
    void formattingNullShowsNothing() {
        assertThat(Money.format(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.234,56|1234.56", "1234,56|1234.56", "1234,5|1234.50", "1234|1234.00", "R$ 1.234,56|1234.56",
        "R$1.234,56|1234.56", "-1.234,56|-1234.56", "-R$ 1.234,56|-1234.56", "1.234.567,89|1234567.89",
        "0,05|0.05", "' 12,00 '|12.00"
    })
    void parsesAmountsTypedThePtBrWay(String typed, String amount) {
        BigDecimal parsed = Money.parse("valor", typed);

        assertThat(parsed).isEqualTo(new BigDecimal(amount));
        assertThat(parsed.scale()).isEqualTo(2);
    }

    @Test
    void parsingNonBreakingSpaceAfterTheSymbolWorksAsJavaFormatsIt() {
        assertThat(Money.parse("valor", "R$\u00A01.234,56")).isEqualTo(new BigDecimal("1234.56"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,234", "12,345", "1.5", "1.23,45", "12.34.56", "abc", "1,2,3", "--1,00", "1.234.56",
        "R$ -1,00-", "1e3", "1234.56"})
    void refusesTextThatIsNotAnAmountInReaisInsteadOfGuessing(String typed) {
        assertThatThrownBy(() -> Money.parse("valor", typed))
            .isInstanceOf(InvalidInputException.class)
            .hasMessage("Informe o valor em reais com no máximo 2 casas decimais, como 1.234,56.")
            .extracting(e -> ((InvalidInputException) e).getField()).isEqualTo("valor");
    }

    @Test
    void parsingBlankOrNullGivesNull() {
        assertThat(Money.parse("valor", "  ")).isNull();
        assertThat(Money.parse("valor", null)).isNull();
    }

    @Test
    void typedAmountKeepsItsCentsAndRefusesAThirdDecimalThatMatters() {
        assertThat(Money.exact("preco", new BigDecimal("150"))).isEqualTo(new BigDecimal("150.00"));
        assertThat(Money.exact("preco", new BigDecimal("150.500"))).isEqualTo(new BigDecimal("150.50"));
        assertThat(Money.exact("preco", null)).isNull();

        assertThatThrownBy(() -> Money.exact("preco", new BigDecimal("150.505")))
            .isInstanceOf(InvalidInputException.class)
            .extracting(e -> ((InvalidInputException) e).getFields())
            .isEqualTo(java.util.Map.of("preco", "Informe o valor em reais com no máximo 2 casas decimais, como 1.234,56."));
        assertThatThrownBy(() -> Money.exact("preco", new BigDecimal("10000000000")))
            .isInstanceOf(InvalidInputException.class)
            .extracting(e -> ((InvalidInputException) e).getFields())
            .isEqualTo(java.util.Map.of("preco", "O valor máximo é R$ 9.999.999.999,99."));
        assertThat(Money.exact("preco", new BigDecimal("9999999999.99"))).isEqualTo(new BigDecimal("9999999999.99"));
    }
}
