package br.com.clientela.companies.boundary;

import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.images.ImageSignature;

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
        return ImageSignature.contentTypeOf(image).orElseThrow(
                () -> new InvalidInputException("logo", "O logotipo deve ser uma imagem PNG, JPEG ou WebP."));
    }
}
