package br.com.clientela.service;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.payments.control.PixBrCode;
import br.com.clientela.payments.control.PixQrCode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The PIX QR code made inside Payara: ZXing comes from the EAR's lib and the picture is drawn by the server's
 * headless AWT. Read back with ZXing core alone (the EAR carries no javase module).
 */
@ExtendWith(InContainer.class)
class PixQrCodeInServerIT {

    @Test
    void theServerDrawsAQrCodeThatReadsBackAsThePayload() throws Exception {
        String payload = PixBrCode.payload("financeiro@clinicasorriso.com.br", "Clínica Sorriso",
            "São José dos Campos", new BigDecimal("150.00"), "FAT2026000123");

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PixQrCode.png(payload, 300)));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
            new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();

        assertThat(payload).contains("5406150.00", "0513FAT2026000123");
        assertThat(read).isEqualTo(payload);
    }
}
