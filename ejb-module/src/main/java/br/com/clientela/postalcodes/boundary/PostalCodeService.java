package br.com.clientela.postalcodes.boundary;

import br.com.clientela.postalcodes.control.PostalCodeLookup;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Fills an address from its CEP (ViaCEP, falling back to BrasilAPI); the person types it when both fail. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PostalCodeService {

    @Inject
    PostalCodeLookup lookup;

    /**
     * @param typed a CEP with or without its dash
     * @throws InvalidInputException when it is not 8 digits
     * @throws NotFoundException when the CEP does not exist
     * @throws PostalCodeUnavailableException when no service answered
     */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public PostalCodeAddress lookup(String typed) {
        String cep = typed == null ? "" : typed.replaceAll("[\\s.-]", "");
        if (!cep.matches("[0-9]{8}")) {
            throw new InvalidInputException("postalCode", "Informe o CEP com 8 dígitos, como 01310-100.");
        }
        try {
            return lookup.find(cep).orElseThrow(() -> new NotFoundException(
                    "CEP não encontrado. Confira o número ou preencha o endereço."));
        } catch (PostalCodeLookup.Unavailable unavailable) {
            throw new PostalCodeUnavailableException();
        }
    }
}
