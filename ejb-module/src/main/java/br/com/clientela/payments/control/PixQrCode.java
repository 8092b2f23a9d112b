package br.com.clientela.payments.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The QR code of a PIX payload ({@link PixBrCode}) as a black-and-white PNG, for the invoice page and PDF.
 *
 * <p>Error correction level M (15% of the code may be unreadable): what bank apps and the PSPs' own codes use;
 * it survives a printed invoice that got a little dirty or folded and keeps the code small enough for a
 * phone to read from a screen. The quiet zone is the 4 modules the QR standard asks for. Only ZXing's core is
 * used: the matrix is turned into pixels here, so no desktop-oriented helper module goes into the EAR.
 */
public final class PixQrCode {

    /**
     * Smallest side that gives each module of the longest payload (version 11, 61 modules and the quiet zone)
     * two pixels: with one pixel per module even ZXing's own reader fails to find the code.
     */
    public static final int MIN_SIZE = 150;

    public static final int MAX_SIZE = 2000;

    private static final int BLACK = 0x000000;

    private static final int WHITE = 0xFFFFFF;

    private PixQrCode() {
    }

    /**
     * @param payload the "copia e cola" text (ASCII, as {@link PixBrCode#payload} makes it)
     * @param size the side of the square image in pixels, from {@value #MIN_SIZE} to {@value #MAX_SIZE}
     * @return the PNG bytes
     */
    public static byte[] png(String payload, int size) {
        if (payload == null || payload.isEmpty()) {
            throw new IllegalArgumentException("No PIX payload to encode");
        }
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("QR code size out of " + MIN_SIZE + ".." + MAX_SIZE + ": " + size);
        }
        BitMatrix matrix = encode(payload, size);
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? BLACK : WHITE);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the QR code PNG", e);
        }
        return png.toByteArray();
    }

    private static BitMatrix encode(String payload, int size) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, size, size, Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            // Only a payload far beyond what PixBrCode makes (thousands of characters) does not fit a QR code.
            throw new IllegalArgumentException("PIX payload does not fit a QR code", e);
        }
    }
}
