package br.com.clientela.companies.boundary;

import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.images.ImageScaling;
import br.com.clientela.shared.images.ImageSignature;

/**
 * Accepts PNG, JPEG and WebP logos up to 1 MB, recognised by their first bytes rather than by the file name, and
 * keeps them re-encoded within {@value #SIDE} pixels: the uploaded bytes are never stored nor served, and a PDF
 * takes the stored image as it is.
 */
final class LogoImage {

    static final int MAX_BYTES = 1024 * 1024;
    /** Sharp on the portal's header and on a printed PDF, small enough to embed in every document. */
    static final int SIDE = 480;
    private static final String FIELD = "logo";

    private LogoImage() {
    }

    static ImageScaling.Scaled accept(byte[] image) {
        if (image == null || image.length == 0) {
            throw new InvalidInputException(FIELD, "Envie uma imagem para o logotipo.");
        }
        if (image.length > MAX_BYTES) {
            throw new InvalidInputException(FIELD, "O logotipo deve ter no máximo 1 MB.");
        }
        if (ImageSignature.contentTypeOf(image).isEmpty()) {
            throw new InvalidInputException(FIELD, "O logotipo deve ser uma imagem PNG, JPEG ou WebP.");
        }
        try {
            return ImageScaling.fitWithin(image, SIDE).orElseThrow(() -> new InvalidInputException(FIELD,
                    "Não foi possível ler o logotipo: o arquivo está corrompido."));
        } catch (ImageScaling.TooLargeException tooLarge) {
            throw new InvalidInputException(FIELD, ImageScaling.TooLargeException.message());
        }
    }
}
