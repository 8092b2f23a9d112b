package br.com.clientela.payments.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import br.com.clientela.shared.InvalidInputException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The payload byte for byte. The first example is the static code printed in the Banco Central's "Manual de
 * Padrões para Iniciação do Pix" (random key, no amount, no txid), CRC {@code 1D3D} included. The others were
 * built by hand from the field rules and their CRC computed outside this code base (Python's
 * {@code binascii.crc_hqx(payload, 0xFFFF)}, which also gives {@code 1D3D} for the manual's example); each test
 * checks the CRC once more with the bit-by-bit implementation below, independent of the table-driven one.
 */
class PixBrCodeTest {

    private static final String BCB_MANUAL_STATIC =
        "00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR"
            + "5913Fulano de Tal6008BRASILIA62070503***63041D3D";

    @Test
    void reproducesTheStaticExampleOfTheBancoCentralManual() {
        String payload = PixBrCode.payload("123e4567-e12b-12d1-a456-426655440000", "Fulano de Tal", "BRASILIA",
            null, null);

        assertThat(payload).isEqualTo(BCB_MANUAL_STATIC);
        assertCrcMatchesBitwise(payload);
    }

    @Test
    void amountTxidAndAccentedLongNameAndCityAreEncodedAsTheSpecSays() {
        String payload = PixBrCode.payload("financeiro@clinicasorriso.com.br", "Clínica Sorriso & Saúde Bucal Ltda",
            "São José dos Campos", new BigDecimal("150"), "FAT2026000123");

        assertThat(payload).isEqualTo("00020126540014br.gov.bcb.pix0132financeiro@clinicasorriso.com.br"
            + "5204000053039865406150.005802BR5925Clinica Sorriso & Saude B6015Sao Jose dos Ca"
            + "62170513FAT20260001236304EF84");
        assertCrcMatchesBitwise(payload);
        assertThat(fields(payload)).containsExactly(
            entry("00", "01"),
            entry("26", "0014br.gov.bcb.pix0132financeiro@clinicasorriso.com.br"),
            entry("52", "0000"), entry("53", "986"), entry("54", "150.00"), entry("58", "BR"),
            entry("59", "Clinica Sorriso & Saude B"), entry("60", "Sao Jose dos Ca"),
            entry("62", "0513FAT2026000123"), entry("63", "EF84"));
    }

    @Test
    void phoneKeyAndAmountWithOneDecimalWithoutTxid() {
        String payload = PixBrCode.payload("+5511987654321", "Padaria Pão de Açúcar", "Maceió",
            new BigDecimal("1234.5"), " ");

        assertThat(payload).isEqualTo("00020126360014br.gov.bcb.pix0114+5511987654321520400005303986"
            + "54071234.505802BR5921Padaria Pao de Acucar6006Maceio62070503***63049D49");
        assertCrcMatchesBitwise(payload);
    }

    @Test
    void smallestAmountAndLongestTxid() {
        String payload = PixBrCode.payload("12345678909", "João", "São Paulo", new BigDecimal("0.01"),
            "A".repeat(25));

        assertThat(payload).isEqualTo("00020126330014br.gov.bcb.pix011112345678909520400005303986"
            + "54040.015802BR5904Joao6009Sao Paulo62290525AAAAAAAAAAAAAAAAAAAAAAAAA6304BE3E");
        assertCrcMatchesBitwise(payload);
    }

    @Test
    void zeroAmountIsLeftOutForThePayerToType() {
        String zero = PixBrCode.payload("123e4567-e12b-12d1-a456-426655440000", "Fulano de Tal", "BRASILIA",
            new BigDecimal("0.00"), "***");

        assertThat(zero).isEqualTo(BCB_MANUAL_STATIC);
    }

    @Test
    void crcOfTheStandardCheckStringIs29B1() {
        assertThat(PixBrCode.crc16("123456789")).isEqualTo("29B1");
        assertThat(bitwiseCrc("123456789")).isEqualTo(0x29B1);
    }

    @Test
    void crcCoversTheCrcFieldIdAndLength() {
        String withoutCrc = BCB_MANUAL_STATIC.substring(0, BCB_MANUAL_STATIC.length() - 4);

        assertThat(withoutCrc).endsWith("6304");
        assertThat(PixBrCode.crc16(withoutCrc)).isEqualTo("1D3D");
        assertThat(PixBrCode.crc16(withoutCrc.substring(0, withoutCrc.length() - 4))).isNotEqualTo("1D3D");
    }

    @Test
    void crcIsFourUpperCaseHexDigitsEvenWhenSmall() {
        // Searching for texts whose CRC has a leading zero nibble and hex letters: the format must pad and upper-case.
        for (int i = 0; i < 2000; i++) {
            String text = "pix" + i;
            int expected = bitwiseCrc(text);
            assertThat(PixBrCode.crc16(text)).isEqualTo(String.format("%04X", expected)).matches("[0-9A-F]{4}");
        }
    }

    @Test
    void nameAndCityLoseAccentsAndSymbolsOutsideAsciiAndAreCutAtTheirLimits() {
        assertThat(PixBrCode.plainAscii("  Ótica  Visão™ Ltda ", 25)).isEqualTo("Otica Visao Ltda");
        assertThat(PixBrCode.plainAscii("Açaí Çà", 25)).isEqualTo("Acai Ca");
        assertThat(PixBrCode.plainAscii("São José dos Campos", 15)).isEqualTo("Sao Jose dos Ca");
        // a cut right after a space leaves no trailing space
        assertThat(PixBrCode.plainAscii("Rio de Janeiro X", 15)).isEqualTo("Rio de Janeiro");
    }

    @Test
    void everyInputThatCannotBeMadeValidIsNamedAtOnceInPtBr() {
        assertThatThrownBy(() -> PixBrCode.payload(" ", "™", null, new BigDecimal("-1.00"), "FAT-2026/1"))
            .isInstanceOf(InvalidInputException.class)
            .hasMessage("Não foi possível gerar o código PIX: corrija os dados indicados.")
            .extracting(e -> ((InvalidInputException) e).getFields())
            .isEqualTo(Map.of(
                "pixKey", "Cadastre a chave PIX da empresa para gerar o código PIX.",
                "merchantName", "Informe o nome da empresa que recebe o PIX.",
                "merchantCity", "Informe a cidade da empresa que recebe o PIX.",
                "amount", "O valor do PIX deve ser positivo, com no máximo 2 casas decimais e até R$ 9.999.999.999,99.",
                "txid", "O identificador do PIX (número da fatura) aceita só letras sem acento e números, no máximo 25."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chave com espaço", "fulano@exemplo.com.br ç", "x"
        + "0123456789012345678901234567890123456789012345678901234567890123456789012345678"})
    void keyWithSpacesAccentsOrBeyond77CharactersIsRefused(String key) {
        assertThatThrownBy(() -> PixBrCode.payload(key, "Loja", "Recife", null, null))
            .isInstanceOf(InvalidInputException.class)
            .extracting(e -> ((InvalidInputException) e).getFields().keySet())
            .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
            .containsExactly("pixKey");
    }

    @Test
    void keyOfExactly77CharactersFillsField26ToItsLimitOf99() {
        String key = "k".repeat(77);

        String payload = PixBrCode.payload(key, "Loja", "Recife", null, null);

        assertThat(fields(payload).get("26")).hasSize(99).endsWith("0177" + key);
        assertCrcMatchesBitwise(payload);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.001", "10000000000.00", "-0.01"})
    void amountWithThirdDecimalNegativeOrBeyondField54IsRefused(String amount) {
        assertThatThrownBy(() -> PixBrCode.payload("12345678909", "Loja", "Recife", new BigDecimal(amount), null))
            .isInstanceOf(InvalidInputException.class)
            .extracting(e -> ((InvalidInputException) e).getFields().keySet())
            .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
            .containsExactly("amount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"FAT-1", "fatura 1", "Fatura1º", "AAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void txidWithOtherThanLettersAndDigitsOrBeyond25IsRefused(String txid) {
        assertThatThrownBy(() -> PixBrCode.payload("12345678909", "Loja", "Recife", null, txid))
            .isInstanceOf(InvalidInputException.class)
            .extracting(e -> ((InvalidInputException) e).getFields().keySet())
            .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
            .containsExactly("txid");
    }

    private static void assertCrcMatchesBitwise(String payload) {
        String body = payload.substring(0, payload.length() - 4);
        assertThat(payload.substring(payload.length() - 4)).isEqualTo(String.format("%04X", bitwiseCrc(body)));
    }

    /** CRC16-CCITT-FALSE one bit at a time: poly 0x1021, init 0xFFFF, no reflection, no final xor. */
    private static int bitwiseCrc(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
            for (int bit = 7; bit >= 0; bit--) {
                boolean dataBit = ((b >> bit) & 1) == 1;
                boolean topBit = (crc & 0x8000) != 0;
                crc = (crc << 1) & 0xFFFF;
                if (dataBit ^ topBit) {
                    crc ^= 0x1021;
                }
            }
        }
        return crc;
    }

    /** The top-level TLV fields, read by their lengths: proves every length is right. */
    private static Map<String, String> fields(String payload) {
        Map<String, String> fields = new LinkedHashMap<>();
        int at = 0;
        while (at < payload.length()) {
            String id = payload.substring(at, at + 2);
            int length = Integer.parseInt(payload.substring(at + 2, at + 4));
            fields.put(id, payload.substring(at + 4, at + 4 + length));
            at += 4 + length;
        }
        assertThat(at).isEqualTo(payload.length());
        return fields;
    }
}
