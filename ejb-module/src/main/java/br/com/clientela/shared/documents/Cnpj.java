package br.com.clientela.shared.documents;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * CNPJ, including the alphanumeric form in force since July 2026: twelve characters 0-9 or A-Z followed by
 * two numeric check digits. Each character counts as its ASCII code minus 48, so the old all-digit CNPJs
 * keep their check digits.
 */
public final class Cnpj {

    private static final Pattern SHAPE = Pattern.compile("[0-9A-Z]{12}[0-9]{2}");
    private static final int[] FIRST_WEIGHTS = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] SECOND_WEIGHTS = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

    private Cnpj() {
    }

    /** Drops the mask (dots, slash, dash, spaces) and upper-cases letters; does not validate. */
    public static String normalize(String value) {
        return value == null ? null : value.replaceAll("[\\s./-]", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String value) {
        String cnpj = normalize(value);
        if (cnpj == null || !SHAPE.matcher(cnpj).matches() || cnpj.chars().distinct().count() == 1) {
            return false;
        }
        int first = checkDigit(cnpj, FIRST_WEIGHTS);
        int second = checkDigit(cnpj, SECOND_WEIGHTS);
        return cnpj.charAt(12) - '0' == first && cnpj.charAt(13) - '0' == second;
    }

    /** Completes twelve characters with their two check digits (used to make demo and test data). */
    public static String withCheckDigits(String twelve) {
        String partial = twelve + checkDigit(twelve, FIRST_WEIGHTS);
        return partial + checkDigit(partial, SECOND_WEIGHTS);
    }

    /** 00.000.000/0000-00 */
    public static String format(String value) {
        String c = normalize(value);
        if (c == null || c.length() != 14) {
            return value;
        }
        return c.substring(0, 2) + "." + c.substring(2, 5) + "." + c.substring(5, 8) + "/" + c.substring(8, 12)
                + "-" + c.substring(12);
    }

    static int checkDigit(String cnpj, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (cnpj.charAt(i) - 48) * weights[i];
        }
        int remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }
}
