package br.com.clientela.payments.control;

import br.com.clientela.shared.InvalidInputException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The static PIX BR Code ("Pix copia e cola") of a charge: the text a bank app reads from the QR code or
 * from the clipboard, as the Banco Central's "Manual de Padrões para Iniciação do Pix" defines it on top of
 * EMVCo's Merchant Presented QR Code (EMV QRCPS).
 *
 * <p>The payload is a row of TLV fields: a two-digit id, a two-digit length and the value. Ours carries, in
 * this order:
 * <ul>
 * <li>{@code 00} payload format indicator, always {@code 01};
 * <li>{@code 26} merchant account information: sub-field {@code 00} the GUI {@code br.gov.bcb.pix}, sub-field
 * {@code 01} the company's PIX key (CPF, CNPJ, e-mail, phone or random key, as registered with the bank);
 * <li>{@code 52} merchant category code {@code 0000} (not informed), {@code 53} currency {@code 986} (real);
 * <li>{@code 54} amount, with a dot and two decimals ({@code 150.00}); left out when there is no amount, so the
 * payer types it;
 * <li>{@code 58} country {@code BR}, {@code 59} merchant name (at most 25 characters) and {@code 60} city (at
 * most 15): accents are dropped and anything outside printable ASCII removed, because many bank apps reject or
 * garble other characters, then the text is cut to the limit;
 * <li>{@code 62} additional data with sub-field {@code 05}, the txid: the invoice number, only letters and
 * digits, at most 25 (the limit of static codes); {@code ***} when the charge has none;
 * <li>{@code 63} the CRC16-CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, no reflection, no final xor)
 * of everything before it <em>including</em> the id and length {@code 6304}, as four upper-case hex digits.
 * </ul>
 * Field {@code 01} (point of initiation) is optional for static codes and left out: the code may be paid more
 * than once, like a printed invoice handed to several people.
 *
 * <p>Inputs that cannot be made valid (no key, a key too long for field 26, a negative amount, a txid with
 * other characters) are refused with {@link InvalidInputException} naming every wrong field at once; a name or
 * city that is merely too long or accented is adjusted, as the manual expects.
 */
public final class PixBrCode {

    /** The GUI that marks field 26 as PIX. */
    public static final String GUI = "br.gov.bcb.pix";

    /** Field 26 holds at most 99 characters: 18 for the GUI sub-field and 4 for the key's id and length. */
    public static final int MAX_KEY_LENGTH = 77;

    public static final int MAX_NAME_LENGTH = 25;

    public static final int MAX_CITY_LENGTH = 15;

    public static final int MAX_TXID_LENGTH = 25;

    /** Field 54 holds at most 13 characters: 10 digits, the dot and 2 decimals. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    /** The txid of a static code without one. */
    public static final String NO_TXID = "***";

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]+");

    private static final Pattern TXID = Pattern.compile("[A-Za-z0-9]{1," + MAX_TXID_LENGTH + "}");

    private static final int[] CRC_TABLE = crcTable();

    private PixBrCode() {
    }

    /**
     * The "copia e cola" payload of a charge.
     *
     * @param pixKey the receiving company's PIX key, as registered
     * @param merchantName the company's name; accents dropped, cut to 25 characters
     * @param merchantCity the company's city; accents dropped, cut to 15 characters
     * @param amount the amount in reais, or null or zero to let the payer type it
     * @param txid the invoice number (letters and digits only), or null or blank for {@code ***}
     * @throws InvalidInputException naming each input that cannot be made valid
     */
    public static String payload(String pixKey, String merchantName, String merchantCity, BigDecimal amount,
            String txid) {
        Map<String, String> errors = new LinkedHashMap<>();
        String key = pixKey == null ? "" : pixKey.strip();
        if (key.isEmpty()) {
            errors.put("pixKey", "Cadastre a chave PIX da empresa para gerar o código PIX.");
        } else if (key.length() > MAX_KEY_LENGTH || !KEY.matcher(key).matches()) {
            errors.put("pixKey", "Chave PIX inválida: use a chave como cadastrada no banco, sem espaços nem acentos, "
                + "com no máximo " + MAX_KEY_LENGTH + " caracteres.");
        }
        String name = plainAscii(merchantName, MAX_NAME_LENGTH);
        if (name.isEmpty()) {
            errors.put("merchantName", "Informe o nome da empresa que recebe o PIX.");
        }
        String city = plainAscii(merchantCity, MAX_CITY_LENGTH);
        if (city.isEmpty()) {
            errors.put("merchantCity", "Informe a cidade da empresa que recebe o PIX.");
        }
        if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0
                || amount.stripTrailingZeros().scale() > 2)) {
            errors.put("amount", "O valor do PIX deve ser positivo, com no máximo 2 casas decimais e até "
                + "R$ 9.999.999.999,99.");
        }
        String id = txid == null || txid.isBlank() ? NO_TXID : txid.strip();
        if (!id.equals(NO_TXID) && !TXID.matcher(id).matches()) {
            errors.put("txid", "O identificador do PIX (número da fatura) aceita só letras sem acento e números, "
                + "no máximo " + MAX_TXID_LENGTH + ".");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Não foi possível gerar o código PIX: corrija os dados indicados.",
                errors);
        }

        StringBuilder payload = new StringBuilder()
            .append(field("00", "01"))
            .append(field("26", field("00", GUI) + field("01", key)))
            .append(field("52", "0000"))
            .append(field("53", "986"));
        if (amount != null && amount.signum() > 0) {
            payload.append(field("54", amount.setScale(2).toPlainString()));
        }
        payload.append(field("58", "BR"))
            .append(field("59", name))
            .append(field("60", city))
            .append(field("62", field("05", id)))
            .append("6304");
        return payload.append(crc16(payload.toString())).toString();
    }

    /**
     * CRC16-CCITT-FALSE of the text's ASCII bytes, as four upper-case hex digits ({@code 29B1} for
     * {@code 123456789}, the check value of the algorithm).
     */
    public static String crc16(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
            crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 8) ^ b) & 0xFF]) & 0xFFFF;
        }
        return String.format("%04X", crc);
    }

    /**
     * The text without accents ({@code São Paulo} → {@code Sao Paulo}), without other characters outside
     * printable ASCII, with single spaces, cut to the limit; empty for null.
     */
    static String plainAscii(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^\\x20-\\x7E]", " ")
            .replaceAll("\\s+", " ")
            .strip();
        return plain.length() <= maxLength ? plain : plain.substring(0, maxLength).strip();
    }

    /** One TLV field; every value here is ASCII, so its length in characters is its length in bytes. */
    private static String field(String id, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("EMV field " + id + " longer than 99: " + value.length());
        }
        return id + String.format("%02d", value.length()) + value;
    }

    /** The CRC of every byte value, computed bit by bit once, so each payload byte costs one lookup. */
    private static int[] crcTable() {
        int[] table = new int[256];
        for (int value = 0; value < 256; value++) {
            int crc = value << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            table[value] = crc & 0xFFFF;
        }
        return table;
    }
}
