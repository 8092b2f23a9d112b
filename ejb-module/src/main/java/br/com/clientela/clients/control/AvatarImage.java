package br.com.clientela.clients.control;

import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.images.ImageScaling;
import br.com.clientela.shared.images.ImageSignature;

/**
 * Accepts a client's picture: PNG, JPEG or WebP recognised by its content, at most 2 MB, and shrinks it to
 * fit {@value #SIDE} pixels keeping its proportions. Refusals name the {@code avatar} field in pt-BR.
 */
public final class AvatarImage {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int SIDE = 256;
    static final String FIELD = "avatar";

    private AvatarImage() {
    }

    public static ImageScaling.Scaled accept(byte[] image) {
        if (image == null || image.length == 0) {
            throw new InvalidInputException(FIELD, "Envie uma imagem para a foto do cliente.");
        }
        if (image.length > MAX_BYTES) {
            throw new InvalidInputException(FIELD, "A foto do cliente deve ter no máximo 2 MB.");
        }
        if (ImageSignature.contentTypeOf(image).isEmpty()) {
            throw new InvalidInputException(FIELD, "A foto do cliente deve ser uma imagem JPEG, PNG ou WebP.");
        }
        try {
            return ImageScaling.fitWithin(image, SIDE).orElseThrow(() -> new InvalidInputException(FIELD,
                    "Não foi possível ler a foto do cliente: o arquivo está corrompido."));
        } catch (ImageScaling.TooLargeException tooLarge) {
            throw new InvalidInputException(FIELD, ImageScaling.TooLargeException.message());
        }
    }
}
