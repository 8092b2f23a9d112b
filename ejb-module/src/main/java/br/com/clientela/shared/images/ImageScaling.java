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
 * subsampled. Whatever comes in is decoded and encoded again, so what is stored and served is always a clean PNG or
 * JPEG written by this class, never the uploaded bytes (a file that is also HTML or a script — a polyglot — loses
 * everything but its pixels). The WebP reader is created directly rather than found through ImageIO's registry, which in an
 * application server only sees the server's own class path.
 */
public final class ImageScaling {

    /**
     * More pixels than any phone camera takes; beyond it the file is refused unread. A lossless WebP of a few
     * dozen bytes may declare 7000 × 7000: decoding it needs a raster of the full size, so the limit must be
     * below what a request may take from the heap.
     */
    public static final long MAX_PIXELS = 40_000_000L;

    /** The longest side accepted, in pixels (a 10000 × 10 strip is few pixels but still absurd). */
    public static final int MAX_SIDE = 10_000;

    private ImageScaling() {
    }

    /** An image as stored: its bytes, media type and size in pixels. */
    public record Scaled(byte[] bytes, String contentType, int width, int height) {
    }

    /** A picture that declares more pixels than {@link #MAX_PIXELS} or a side longer than {@link #MAX_SIDE}. */
    public static final class TooLargeException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TooLargeException(int width, int height) {
            super("Image of " + width + " x " + height + " pixels refused");
        }

        /** The pt-BR refusal, naming the limits. */
        public static String message() {
            return "A imagem é grande demais: no máximo " + String.format(java.util.Locale.forLanguageTag("pt-BR"),
                    "%,d", MAX_SIDE) + " pixels por lado e " + MAX_PIXELS / 1_000_000 + " megapixels.";
        }
    }

    /**
     * @return the scaled image; empty when the bytes are not a readable PNG, JPEG or WebP picture
     * @throws TooLargeException when the header declares more pixels than accepted (nothing is decoded)
     */
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
        } catch (TooLargeException tooLarge) {
            throw tooLarge;
        } catch (IOException | RuntimeException unreadable) {
            // A truncated or corrupt file: ImageIO answers with IOException or an unchecked exception alike.
            return Optional.empty();
        }
    }

    /**
     * Whether a PNG or JPEG fits a square of the given side, read from its header only: an image this class
     * stored can be handed on as it is (to a PDF) without being decoded again.
     */
    public static boolean isStoredWithin(byte[] image, int maxSide) {
        Optional<String> type = ImageSignature.contentTypeOf(image);
        if (type.isEmpty() || ImageSignature.WEBP.equals(type.get())) {
            return false;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            ImageReader reader = reader(type.get());
            if (reader == null) {
                return false;
            }
            try {
                reader.setInput(in, true, true);
                return reader.getWidth(0) <= maxSide && reader.getHeight(0) <= maxSide;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return false;
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
                if (width <= 0 || height <= 0) {
                    return null;
                }
                if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                    throw new TooLargeException(width, height);
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
