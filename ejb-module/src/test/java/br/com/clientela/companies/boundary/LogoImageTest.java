package br.com.clientela.companies.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.clientela.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LogoImageTest {

    private static final byte[] PNG_SIGNATURE = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    private static final byte[] JPEG_SIGNATURE = bytes(0xFF, 0xD8, 0xFF, 0xE0);

    @Test
    void pngIsRecognisedByItsSignature() {
        assertThat(LogoImage.contentTypeOf(image(PNG_SIGNATURE, 200))).isEqualTo("image/png");
    }

    @Test
    void jpegIsRecognisedByItsSignature() {
        assertThat(LogoImage.contentTypeOf(image(JPEG_SIGNATURE, 200))).isEqualTo("image/jpeg");
    }

    @Test
    void webpIsRecognisedByItsRiffHeader() {
        byte[] webp = image(bytes('R', 'I', 'F', 'F', 0x24, 0x00, 0x00, 0x00, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '), 200);

        assertThat(LogoImage.contentTypeOf(webp)).isEqualTo("image/webp");
    }

    @Test
    void riffFileThatIsNotWebpIsRefused() {
        byte[] wav = image(bytes('R', 'I', 'F', 'F', 0x24, 0x00, 0x00, 0x00, 'W', 'A', 'V', 'E'), 200);

        assertRefused(wav, "O logotipo deve ser uma imagem PNG, JPEG ou WebP.");
    }

    @Test
    void gifIsRefusedOnTheLogoField() {
        assertRefused("GIF89a...".getBytes(StandardCharsets.US_ASCII), "O logotipo deve ser uma imagem PNG, JPEG ou WebP.");
    }

    @Test
    void textNamedLikeAnImageIsRefused() {
        assertRefused("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8),
                "O logotipo deve ser uma imagem PNG, JPEG ou WebP.");
    }

    @Test
    void fileShorterThanAnySignatureIsRefusedWithoutFailingOtherwise() {
        assertRefused(bytes('R', 'I'), "O logotipo deve ser uma imagem PNG, JPEG ou WebP.");
        assertRefused(bytes('R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E'), "O logotipo deve ser uma imagem PNG, JPEG ou WebP.");
    }

    @Test
    void imageOfExactlyOneMegabyteIsAccepted() {
        assertThat(LogoImage.contentTypeOf(image(PNG_SIGNATURE, 1024 * 1024))).isEqualTo("image/png");
    }

    @Test
    void imageOverOneMegabyteIsRefused() {
        assertRefused(image(PNG_SIGNATURE, 1024 * 1024 + 1), "O logotipo deve ter no máximo 1 MB.");
    }

    @Test
    void emptyOrMissingImageIsRefused() {
        assertRefused(new byte[0], "Envie uma imagem para o logotipo.");
        assertRefused(null, "Envie uma imagem para o logotipo.");
    }

    private static void assertRefused(byte[] image, String message) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> LogoImage.contentTypeOf(image));
        assertThat(refused.getField()).isEqualTo("logo");
        assertThat(refused.getMessage()).isEqualTo(message);
    }

    /** The signature followed by filler up to {@code size} bytes. */
    private static byte[] image(byte[] signature, int size) {
        byte[] image = Arrays.copyOf(signature, size);
        Arrays.fill(image, signature.length, size, (byte) 0x42);
        return image;
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
