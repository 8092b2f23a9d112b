package br.com.clientela.postalcodes.boundary;

import br.com.clientela.shared.BusinessException;

/** Neither CEP service answered in time: the person types the address. */
public class PostalCodeUnavailableException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PostalCodeUnavailableException() {
        super("postalCode", "Não foi possível consultar o CEP agora. Preencha o endereço; você pode salvar normalmente.");
    }
}
