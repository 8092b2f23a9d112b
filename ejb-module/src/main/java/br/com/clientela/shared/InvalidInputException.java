package br.com.clientela.shared;

/** Input that passes its annotations but breaks a rule only the service can check. */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String field, String message) {
        super(field, message);
    }
}
