package br.com.clientela.wallet.control;

import br.com.clientela.shared.InvalidInputException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Checks and shows amounts of money: positive, at most 2 decimals, shown as R$ 1.234,56. */
public final class Money {

    /** numeric(12,2): ten digits before the comma. */
    public static final BigDecimal MAX = new BigDecimal("9999999999.99");

    private Money() {
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

    /** "R$ 1.234,56" with a plain space, as the pages and messages show money. */
    public static String format(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.forLanguageTag("pt-BR")).format(amount)
                .replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
