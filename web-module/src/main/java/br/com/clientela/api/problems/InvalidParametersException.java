package br.com.clientela.api.problems;

import java.util.List;

/**
 * Query parameters (or filter fields of a body) the API cannot read, all of them at once: answered 422 with one
 * entry per parameter, like invalid body fields.
 */
public class InvalidParametersException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem.FieldError> errors;

    public InvalidParametersException(List<Problem.FieldError> errors) {
        super("Invalid parameters: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
