package br.com.clientela.companies.boundary;

import br.com.clientela.shared.InvalidInputException;

/** Accepts PNG, JPEG and WebP logos up to 1 MB, recognised by their first bytes rather than by the file name. */
final class LogoImage {

    static final int MAX_BYTES = 1024 * 1024;

    private LogoImage() {
    }

    static String contentTypeOf(byte[] image) {
        if (image == null || image.length == 0) {
            throw new InvalidInputException("logo", "Envie uma imagem para o logotipo.");
        }
        if (image.length > MAX_BYTES) {
            throw new InvalidInputException("logo", "O logotipo deve ter no máximo 1 MB.");
        }
        if (startsWith(image, 0, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (startsWith(image, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(image, 0, 'R', 'I', 'F', 'F') && startsWith(image, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        throw new InvalidInputException("logo", "O logotipo deve ser uma imagem PNG, JPEG ou WebP.");
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
