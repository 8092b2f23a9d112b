package br.com.clientela.shared;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the user can act on: the message is pt-BR and shown as is. Rolls the transaction back so a
 * refused operation never saves anything partially; subclasses say which kind of refusal it is, and the
 * web layer turns each kind into its HTTP status.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    protected BusinessException(String message) {
        this(null, message);
    }

    protected BusinessException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field the refusal is about, or null when it is about the whole request. */
    public String getField() {
        return field;
    }
}
