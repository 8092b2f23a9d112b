package br.com.clientela.shared;

/** The request clashes with data that already exists, such as an e-mail already in use. */
public class ConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String field, String message) {
        super(field, message);
    }
}
