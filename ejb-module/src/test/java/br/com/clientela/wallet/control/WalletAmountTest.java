package br.com.clientela.wallet.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.clientela.shared.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WalletAmountTest {

    @Test
    void anAmountIsKeptWithTwoDecimalsAndTrailingZerosBeyondThemAreFine() {
        assertThat(WalletAmount.positive(new BigDecimal("10"))).isEqualTo(new BigDecimal("10.00"));
        assertThat(WalletAmount.positive(new BigDecimal("0.010"))).isEqualTo(new BigDecimal("0.01"));
    }

    @Test
    void zeroNegativeMissingTooPreciseAndTooLargeAmountsAreRefusedOnTheAmountField() {
        assertRefused(null, "Informe o valor.");
        assertRefused(BigDecimal.ZERO, "O valor deve ser maior que zero.");
        assertRefused(new BigDecimal("-0.01"), "O valor deve ser maior que zero.");
        assertRefused(new BigDecimal("1.005"), "Use no máximo 2 casas decimais (centavos).");
        assertRefused(new BigDecimal("10000000000.00"), "O valor passa do máximo de R$ 9.999.999.999,99.");
    }

    @Test
    void moneyIsShownInReaisWithAPlainSpace() {
        assertThat(WalletAmount.format(new BigDecimal("1234.56"))).isEqualTo("R$ 1.234,56");
        assertThat(WalletAmount.format(new BigDecimal("0.5"))).isEqualTo("R$ 0,50");
    }

    private static void assertRefused(BigDecimal amount, String message) {
        assertThatThrownBy(() -> WalletAmount.positive(amount))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    assertThat(refusal.getField()).isEqualTo("amount");
                    assertThat(refusal.getMessage()).isEqualTo(message);
                });
    }
}
