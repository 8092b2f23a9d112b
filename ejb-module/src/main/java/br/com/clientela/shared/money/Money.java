package br.com.clientela.shared.money;

import br.com.clientela.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.regex.Pattern;

/**
 * Amounts in reais: always a {@link BigDecimal} with exactly two decimals, never a {@code double} (0.1 + 0.2 is
 * not 0.3 in binary floating point, and a cent lost per line adds up on an invoice).
 *
 * <p>Two kinds of numbers reach this class and they are treated differently:
 * <ul>
 * <li>What a person typed (a price, a payment) must already be in cents: {@link #exact} and {@link #parse}
 * refuse a third decimal instead of rounding it away silently, so what is saved is what was typed.
 * <li>What the code computes (quantity × unit price, a discount percentage, a share of a total) usually has
 * more decimals and is brought to cents by {@link #round}, once, at the end of the calculation.
 * </ul>
 *
 * <p>Rounding is {@link RoundingMode#HALF_EVEN} ("arredondamento do banqueiro"): a tie goes to the even cent
 * (0,125 → 0,12; 0,135 → 0,14). It is the rule of ABNT NBR 5891 for Brazilian documents and, unlike HALF_UP,
 * has no upward bias when many rounded amounts are added up (the lines of a long invoice, a month of
 * transactions). Only exact ties differ from HALF_UP; everything else rounds the way people expect.
 *
 * <p>Shown as {@code R$ 1.234,56} and {@code -R$ 1.234,56} (the pt-BR order: sign, symbol, number), with a
 * plain space so the text is the same in pages, PDFs, CSV files and tests.
 */
public final class Money {

    /** Cents: every amount carries exactly two decimals. */
    public static final int SCALE = 2;

    /**
     * Digits before the decimal comma an amount may have: fits {@code numeric(12, 2)}, the narrowest money column
     * (wallet and transactions). Document totals ({@code numeric(14, 2)}) are held to the same {@link #MAX}, so
     * whatever a document totals can be paid, moved and kept in a wallet.
     */
    public static final int MAX_INTEGER_DIGITS = 10;

    /** The largest amount anything may reach: R$ 9.999.999.999,99. */
    public static final BigDecimal MAX = new BigDecimal("9999999999.99");

    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    /** Optional sign and "R$", then 1.234.567 (groups of three) or 1234567, then up to two decimals. */
    private static final Pattern TYPED = Pattern.compile("-?(R\\$\\s*)?-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d{1,2})?");

    private static final String NOT_AN_AMOUNT = "Informe o valor em reais com no máximo 2 casas decimais, como 1.234,56.";

    /** The refusal of an amount beyond {@link #MAX}. */
    public static final String TOO_LARGE = "O valor máximo é R$ 9.999.999.999,99.";

    private Money() {
    }

    /** Whether a computed amount (a line, a total, a balance) stays within {@link #MAX} either way. */
    public static boolean fits(BigDecimal amount) {
        return amount == null || amount.abs().compareTo(MAX) <= 0;
    }

    /** A computed amount brought to cents, ties to the even cent; null stays null. */
    public static BigDecimal round(BigDecimal amount) {
        return amount == null ? null : amount.setScale(SCALE, ROUNDING);
    }

    /**
     * Whether the amount could have been typed: at most two decimals that matter ({@code 1.500} is fine,
     * {@code 1.505} is not) and at most {@link #MAX_INTEGER_DIGITS} digits before the comma.
     */
    public static boolean isTypedAmount(BigDecimal amount) {
        BigDecimal significant = amount.stripTrailingZeros();
        return significant.scale() <= SCALE && significant.precision() - significant.scale() <= MAX_INTEGER_DIGITS;
    }

    /**
     * A typed amount with exactly two decimals; a third decimal that matters is refused, never rounded.
     *
     * @param field the input field named in the refusal
     * @return null for null
     */
    public static BigDecimal exact(String field, BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (!isTypedAmount(amount)) {
            throw new InvalidInputException(field, amount.stripTrailingZeros().scale() <= SCALE ? TOO_LARGE : NOT_AN_AMOUNT);
        }
        return amount.setScale(SCALE);
    }

    /**
     * Reads an amount typed the pt-BR way: {@code 1.234,56}, {@code 1234,5}, {@code R$ 1.234,56},
     * {@code -1.234,56}. A dot is always a thousands separator, so {@code 1.5} and {@code 12,345} are refused
     * rather than guessed at.
     *
     * @param field the input field named in the refusal
     * @return the amount with two decimals, or null for null or blank text
     */
    public static BigDecimal parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip().replace('\u00A0', ' ');
        if (!TYPED.matcher(typed).matches() || typed.chars().filter(c -> c == '-').count() > 1) {
            throw new InvalidInputException(field, NOT_AN_AMOUNT);
        }
        String plain = typed.replaceAll("[R$\\s.]", "").replace(',', '.');
        return exact(field, new BigDecimal(plain));
    }

    /** {@code R$ 1.234,56}, {@code -R$ 0,50}; more than two decimals are rounded; null gives an empty text. */
    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal cents = round(amount);
        String number = numberFormat().format(cents.abs());
        return (cents.signum() < 0 ? "-R$ " : "R$ ") + number;
    }

    /** A new formatter each time: {@link DecimalFormat} is not thread safe. */
    private static DecimalFormat numberFormat() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setRoundingMode(ROUNDING);
        return format;
    }
}
