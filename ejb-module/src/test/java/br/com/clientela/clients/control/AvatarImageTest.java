package br.com.clientela.clients.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.images.ImageScaling;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class AvatarImageTest {

    /** 1×1 WebP images, lossy (VP8) and lossless (VP8L), as browsers' feature tests use them. */
    private static final String WEBP_LOSSY = "UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA";
    private static final String WEBP_LOSSLESS = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";

    @Test
    void aLandscapePngIsShrunkTo256PixelsWideKeepingItsProportions() throws IOException {
        ImageScaling.Scaled scaled = AvatarImage.accept(image(1024, 512, false, "png"));

        assertThat(scaled.width()).isEqualTo(256);
        assertThat(scaled.height()).isEqualTo(128);
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(scaled.bytes()));
        assertThat(stored.getWidth()).isEqualTo(256);
        assertThat(stored.getHeight()).isEqualTo(128);
    }

    @Test
    void aPortraitJpegIsShrunkTo256PixelsHighAndStaysJpeg() throws IOException {
        ImageScaling.Scaled scaled = AvatarImage.accept(image(600, 1200, false, "jpeg"));

        assertThat(scaled.contentType()).isEqualTo("image/jpeg");
        assertThat(scaled.width()).isEqualTo(128);
        assertThat(scaled.height()).isEqualTo(256);
    }

    @Test
    void aTransparentImageStaysPng() throws IOException {
        ImageScaling.Scaled scaled = AvatarImage.accept(image(400, 400, true, "png"));

        assertThat(scaled.contentType()).isEqualTo("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(scaled.bytes())).getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void aSmallImageIsNotEnlarged() throws IOException {
        ImageScaling.Scaled scaled = AvatarImage.accept(image(100, 80, false, "png"));

        assertThat(scaled.width()).isEqualTo(100);
        assertThat(scaled.height()).isEqualTo(80);
    }

    @Test
    void lossyAndLosslessWebpAreDecodedAndStoredAsJpegOrPng() {
        for (String webp : new String[] {WEBP_LOSSY, WEBP_LOSSLESS}) {
            ImageScaling.Scaled scaled = AvatarImage.accept(Base64.getDecoder().decode(webp));

            assertThat(scaled.width()).isEqualTo(1);
            assertThat(scaled.height()).isEqualTo(1);
            assertThat(scaled.contentType()).isIn("image/jpeg", "image/png");
        }
    }

    @Test
    void aGifIsRefusedByItsContent() throws IOException {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> AvatarImage.accept(image(10, 10, false, "gif")));

        assertThat(refused.getField()).isEqualTo("avatar");
        assertThat(refused.getMessage()).isEqualTo("A foto do cliente deve ser uma imagem JPEG, PNG ou WebP.");
    }

    @Test
    void textNamedLikeAnImageIsRefused() {
        assertThrows(InvalidInputException.class,
                () -> AvatarImage.accept("não sou uma imagem".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPngSignatureFollowedByGarbageIsRefused() {
        byte[] fake = new byte[100];
        fake[0] = (byte) 0x89;
        fake[1] = 'P';
        fake[2] = 'N';
        fake[3] = 'G';

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> AvatarImage.accept(fake));
        assertThat(refused.getMessage()).contains("Não foi possível ler a foto");
    }

    @Test
    void moreThanTwoMegabytesIsRefused() {
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> AvatarImage.accept(big));
        assertThat(refused.getMessage()).isEqualTo("A foto do cliente deve ter no máximo 2 MB.");
    }

    private static byte[] image(int width, int height, boolean alpha, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(alpha ? new Color(200, 40, 40, 120) : Color.ORANGE);
        graphics.fillRect(0, 0, width / 2, height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
