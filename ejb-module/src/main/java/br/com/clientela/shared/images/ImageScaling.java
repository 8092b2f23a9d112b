package br.com.clientela.shared.images;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Shrinks a PNG, JPEG or WebP image to fit a square, keeping its proportions (never enlarging it). Images with
 * transparency come out as PNG, the others as JPEG. The dimensions are read before decoding, so a small file
 * that claims a gigantic picture is refused instead of filling the memory, and big pictures are decoded
 * subsampled. The WebP reader is created directly rather than found through ImageIO's registry, which in an
 * application server only sees the server's own class path.
 */
public final class ImageScaling {

    /** More pixels than any phone camera takes; beyond it the file is refused unread. */
    static final long MAX_PIXELS = 50_000_000L;

    private ImageScaling() {
    }

    /** An image as stored: its bytes, media type and size in pixels. */
    public record Scaled(byte[] bytes, String contentType, int width, int height) {
    }

    /** @return the scaled image; empty when the bytes are not a readable PNG, JPEG or WebP picture */
    public static Optional<Scaled> fitWithin(byte[] image, int maxSide) {
        Optional<String> type = ImageSignature.contentTypeOf(image);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try {
            BufferedImage decoded = decode(image, type.get(), maxSide);
            if (decoded == null) {
                return Optional.empty();
            }
            BufferedImage scaled = scale(decoded, maxSide);
            boolean transparent = scaled.getColorModel().hasAlpha();
            byte[] encoded = transparent ? png(scaled) : jpeg(scaled);
            return Optional.of(new Scaled(encoded, transparent ? ImageSignature.PNG : ImageSignature.JPEG,
                    scaled.getWidth(), scaled.getHeight()));
        } catch (IOException | RuntimeException unreadable) {
            // A truncated or corrupt file: ImageIO answers with IOException or an unchecked exception alike.
            return Optional.empty();
        }
    }

    private static BufferedImage decode(byte[] image, String type, int maxSide) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            ImageReader reader = reader(type);
            if (reader == null) {
                return null;
            }
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
                    return null;
                }
                ImageReadParam param = reader.getDefaultReadParam();
                // Decode at no less than twice the target size, then scale smoothly.
                int step = Math.max(1, Math.max(width, height) / (maxSide * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static ImageReader reader(String type) throws IOException {
        if (ImageSignature.WEBP.equals(type)) {
            return new WebPImageReaderSpi().createReaderInstance();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
        return readers.hasNext() ? readers.next() : null;
    }

    private static BufferedImage scale(BufferedImage source, int maxSide) {
        int width = source.getWidth();
        int height = source.getHeight();
        double factor = Math.min(1.0, (double) maxSide / Math.max(width, height));
        int targetWidth = Math.max(1, (int) Math.round(width * factor));
        int targetHeight = Math.max(1, (int) Math.round(height * factor));
        boolean alpha = source.getColorModel().hasAlpha();
        BufferedImage target = new BufferedImage(targetWidth, targetHeight,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, targetWidth, targetHeight, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
