package br.com.clientela.shared;

/** The record does not exist for the caller's company (another company's record looks exactly like this). */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
