package br.com.clientela.payments.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The PNG is read back with ZXing's own decoder, as a bank app would read it from the screen. */
class PixQrCodeTest {

    private static final String PAYLOAD = PixBrCode.payload("financeiro@clinicasorriso.com.br",
        "Clínica Sorriso & Saúde Bucal Ltda", "São José dos Campos", new BigDecimal("150.00"), "FAT2026000123");

    @ParameterizedTest
    @ValueSource(ints = {PixQrCode.MIN_SIZE, 300, 1000})
    void pngDecodesBackToTheSamePayloadAtEverySize(int size) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PixQrCode.png(PAYLOAD, size)));

        assertThat(image.getWidth()).isEqualTo(image.getHeight()).isGreaterThanOrEqualTo(size);
        Result decoded = decode(image);
        assertThat(decoded.getBarcodeFormat()).isEqualTo(BarcodeFormat.QR_CODE);
        assertThat(decoded.getText()).isEqualTo(PAYLOAD);
    }

    @Test
    void longestPayloadStillFitsTheSmallestSizeAndDecodes() throws Exception {
        String longest = PixBrCode.payload("k".repeat(77), "N".repeat(25), "C".repeat(15),
            new BigDecimal("9999999999.99"), "T".repeat(25));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PixQrCode.png(longest, PixQrCode.MIN_SIZE)));

        assertThat(longest).hasSize(236);
        assertThat(image.getWidth()).isEqualTo(PixQrCode.MIN_SIZE);
        assertThat(decode(image).getText()).isEqualTo(longest);
    }

    @Test
    void imageIsAPngWithAWhiteQuietZone() throws IOException {
        byte[] png = PixQrCode.png(PAYLOAD, 300);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(image.getWidth() - 1, image.getHeight() - 1) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void sizeOutsideTheAllowedRangeIsRefused() {
        assertThatThrownBy(() -> PixQrCode.png(PAYLOAD, PixQrCode.MIN_SIZE - 1))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PixQrCode.png(PAYLOAD, PixQrCode.MAX_SIZE + 1))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PixQrCode.png("", 300)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Result decode(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap);
    }
}
