package br.com.clientela.shared.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ImageScalingTest {

    @Test
    void aThirtySixByteWebpDeclaringSevenThousandPixelsASideIsRefusedUndecoded() {
        byte[] bomb = ImageBombs.losslessWebp(7000, 7000);

        assertThat(bomb).hasSize(36);
        assertThrows(ImageScaling.TooLargeException.class, () -> ImageScaling.fitWithin(bomb, 256));
    }

    @Test
    void aPngDeclaringFifteenThousandPixelsASideIsRefusedUndecoded() {
        assertThrows(ImageScaling.TooLargeException.class, () -> ImageScaling.fitWithin(ImageBombs.png(15000, 15000), 480));
    }

    @Test
    void aLongStripIsRefusedThoughItHasFewPixels() {
        assertThrows(ImageScaling.TooLargeException.class, () -> ImageScaling.fitWithin(ImageBombs.png(10001, 10), 480));
    }

    @Test
    void aLosslessWebpWithinTheLimitIsDecodedSubsampledToTheTarget() {
        ImageScaling.Scaled scaled = ImageScaling.fitWithin(ImageBombs.losslessWebp(3000, 1500), 256).orElseThrow();

        assertThat(scaled.width()).isEqualTo(256);
        assertThat(scaled.height()).isEqualTo(128);
    }

    @Test
    void theRefusalNamesTheLimitsInPtBr() {
        assertThat(ImageScaling.TooLargeException.message())
                .isEqualTo("A imagem é grande demais: no máximo 10.000 pixels por lado e 40 megapixels.");
    }
}
