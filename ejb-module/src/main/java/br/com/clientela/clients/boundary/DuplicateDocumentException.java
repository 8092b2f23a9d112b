package br.com.clientela.clients.boundary;

import br.com.clientela.shared.ConflictException;

/** The CPF/CNPJ belongs to another client of the company; carries that client's id so the answer links to it. */
public class DuplicateDocumentException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final Long existingClientId;

    public DuplicateDocumentException(String message, Long existingClientId) {
        super("document", message);
        this.existingClientId = existingClientId;
    }

    public Long getExistingClientId() {
        return existingClientId;
    }
}
