package br.com.clientela.shared.text;

/**
 * Whether typed text is text a person could have typed: no NUL nor other control characters (PostgreSQL refuses
 * NUL in a text column, the others are invisible and break exports and searches), no half of a surrogate pair and
 * no Unicode non-characters. Tab and line breaks are fine where the field has several lines. Checked where text
 * enters: the API's JSON reader and every Faces input (one default validator).
 */
public final class TypedText {

    public static final String REFUSAL =
            "O texto contém caracteres invisíveis ou inválidos (caracteres de controle): remova-os e envie de novo.";

    private TypedText() {
    }

    /** @param multiline whether tab and line breaks belong to the field (notes, observations) */
    public static boolean isClean(String text, boolean multiline) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                if (!multiline) {
                    return false;
                }
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
