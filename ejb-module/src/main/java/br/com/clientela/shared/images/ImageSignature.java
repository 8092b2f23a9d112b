package br.com.clientela.shared.images;

import java.util.Optional;

/**
 * Recognises PNG, JPEG and WebP images by their first bytes, never by a file name or a declared type, which
 * anyone can fake. Shared by the company logo and the client avatar.
 */
public final class ImageSignature {

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String WEBP = "image/webp";

    private ImageSignature() {
    }

    /** The media type of a PNG, JPEG or WebP image; empty for anything else. */
    public static Optional<String> contentTypeOf(byte[] image) {
        if (image == null) {
            return Optional.empty();
        }
        if (startsWith(image, 0, 0x89, 'P', 'N', 'G')) {
            return Optional.of(PNG);
        }
        if (startsWith(image, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(image, 0, 'R', 'I', 'F', 'F') && startsWith(image, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
