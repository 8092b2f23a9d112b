package br.com.clientela.shared.documents;

import java.util.regex.Pattern;

/** CPF: eleven digits, the last two check digits; numbers made of one repeated digit are refused. */
public final class Cpf {

    private static final Pattern SHAPE = Pattern.compile("[0-9]{11}");

    private Cpf() {
    }

    /** Drops the mask (dots, dash, spaces); does not validate. */
    public static String normalize(String value) {
        return value == null ? null : value.replaceAll("[\\s.-]", "");
    }

    public static boolean isValid(String value) {
        String cpf = normalize(value);
        if (cpf == null || !SHAPE.matcher(cpf).matches() || cpf.chars().distinct().count() == 1) {
            return false;
        }
        return cpf.charAt(9) - '0' == checkDigit(cpf, 9) && cpf.charAt(10) - '0' == checkDigit(cpf, 10);
    }

    /** Completes nine digits with their two check digits (used to make demo and test data). */
    public static String withCheckDigits(String nineDigits) {
        String partial = nineDigits + checkDigit(nineDigits, 9);
        return partial + checkDigit(partial, 10);
    }

    /** 000.000.000-00 */
    public static String format(String value) {
        String c = normalize(value);
        if (c == null || c.length() != 11) {
            return value;
        }
        return c.substring(0, 3) + "." + c.substring(3, 6) + "." + c.substring(6, 9) + "-" + c.substring(9);
    }

    private static int checkDigit(String digits, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += (digits.charAt(i) - '0') * (length + 1 - i);
        }
        int remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }
}
