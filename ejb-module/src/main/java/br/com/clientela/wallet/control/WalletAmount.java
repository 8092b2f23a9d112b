package br.com.clientela.wallet.control;

import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.money.Money;
import java.math.BigDecimal;

/** What a wallet movement may move: more than zero, at most 2 decimals, within numeric(12,2). */
public final class WalletAmount {

    /** numeric(12,2): ten digits before the comma. */
    public static final BigDecimal MAX = new BigDecimal("9999999999.99");

    private WalletAmount() {
    }

    /** The amount with scale 2, or a pt-BR refusal on the "amount" field. */
    public static BigDecimal positive(BigDecimal amount) {
        if (amount == null) {
            throw new InvalidInputException("amount", "Informe o valor.");
        }
        if (amount.signum() <= 0) {
            throw new InvalidInputException("amount", "O valor deve ser maior que zero.");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("amount", "Use no máximo 2 casas decimais (centavos).");
        }
        if (amount.compareTo(MAX) > 0) {
            throw new InvalidInputException("amount", "O valor passa do máximo de " + format(MAX) + ".");
        }
        return amount.setScale(2);
    }

    /** "R$ 1.234,56", as the shared Money shows amounts. */
    public static String format(BigDecimal amount) {
        return Money.format(amount);
    }
}
