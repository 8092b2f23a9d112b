package br.com.clientela.companies.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.images.ImageScaling;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LogoImageTest {

    private static final byte[] PNG_SIGNATURE = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    private static final byte[] JPEG_SIGNATURE = bytes(0xFF, 0xD8, 0xFF, 0xE0);

    @Test
    void pngIsKeptReEncodedNotAsUploaded() throws IOException {
        byte[] upload = picture(640, 320, BufferedImage.TYPE_INT_ARGB, "png");

        ImageScaling.Scaled stored = LogoImage.accept(upload);

        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(stored.bytes()).isNotEqualTo(upload);
        assertThat(stored.width()).isEqualTo(LogoImage.SIDE);
        assertThat(stored.height()).isEqualTo(LogoImage.SIDE / 2);
    }

    @Test
    void jpegIsKeptAsJpegWithoutWhateverFollowedItsPixels() throws IOException {
        byte[] jpeg = picture(100, 80, BufferedImage.TYPE_INT_RGB, "jpeg");
        byte[] polyglot = Arrays.copyOf(jpeg, jpeg.length + 40);
        System.arraycopy("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII), 0, polyglot, jpeg.length, 25);

        ImageScaling.Scaled stored = LogoImage.accept(polyglot);

        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(new String(stored.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("<script>");
        assertThat(ImageIO.read(new ByteArrayInputStream(stored.bytes())).getWidth()).isEqualTo(100);
    }

    @Test
    void fakeImageWithARightSignatureIsRefusedAsCorrupt() {
        assertRefused(image(PNG_SIGNATURE, 200), "Não foi possível ler o logotipo: o arquivo está corrompido.");
        assertRefused(image(JPEG_SIGNATURE, 200), "Não foi possível ler o logotipo: o arquivo está corrompido.");
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
    void imageOverOneMegabyteIsRefused() {
        assertRefused(image(PNG_SIGNATURE, 1024 * 1024 + 1), "O logotipo deve ter no máximo 1 MB.");
    }

    @Test
    void emptyOrMissingImageIsRefused() {
        assertRefused(new byte[0], "Envie uma imagem para o logotipo.");
        assertRefused(null, "Envie uma imagem para o logotipo.");
    }

    private static void assertRefused(byte[] image, String message) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> LogoImage.accept(image));
        assertThat(refused.getField()).isEqualTo("logo");
        assertThat(refused.getMessage()).isEqualTo(message);
    }

    private static byte[] picture(int width, int height, int type, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillOval(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
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
