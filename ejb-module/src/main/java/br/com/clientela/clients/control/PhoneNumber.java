package br.com.clientela.clients.control;

import java.util.Optional;

/**
 * Brazilian phone numbers in any usual form — "(11) 98765-4321", "11987654321", "+55 11 98765-4321" — kept as
 * +55, DDD and number (10 or 11 digits after the country code).
 */
public final class PhoneNumber {

    private PhoneNumber() {
    }

    /** The normalised number, or empty when it is not a Brazilian number with DDD. */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("\\D", "");
        if (digits.startsWith("55") && (digits.length() == 12 || digits.length() == 13)) {
            digits = digits.substring(2);
        }
        if (digits.startsWith("0")) {
            digits = digits.substring(1);
        }
        boolean validDdd = digits.length() >= 2 && digits.charAt(0) != '0' && digits.charAt(1) != '0';
        return (digits.length() == 10 || digits.length() == 11) && validDdd ? Optional.of("+55" + digits)
                : Optional.empty();
    }

    /**
     * A phone as people read it, wherever it is shown (pages, PDFs, portal, CSV): "+5511987654321" or
     * "11 98765 4321" as "(11) 98765-4321", a landline as "(11) 3456-7890"; what is not a Brazilian number with
     * DDD stays as it was typed; "" for none.
     */
    public static String format(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String typed = phone.strip();
        if (typed.startsWith("+") && !typed.replaceAll("[^+\\d]", "").startsWith("+55")) {
            return typed;
        }
        return normalize(typed).map(normalized -> {
            String local = normalized.substring(3);
            String number = local.substring(2);
            int split = number.length() - 4;
            return "(" + local.substring(0, 2) + ") " + number.substring(0, split) + "-" + number.substring(split);
        }).orElse(typed);
    }

    /** The link that opens a WhatsApp conversation with the number, e.g. https://wa.me/5511987654321. */
    public static String whatsAppLink(String normalized) {
        return "https://wa.me/" + normalized.substring(1);
    }

    /** The chat link with a first message typed in: https://wa.me/5511987654321?text=Ol%C3%A1%2C%20Ana%21 */
    public static String whatsAppLink(String normalized, String text) {
        // wa.me reads %20 as a space; URLEncoder writes form encoding, where a space is '+'.
        return whatsAppLink(normalized) + "?text="
                + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
