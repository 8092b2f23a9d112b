package br.com.clientela.shared;

/**
 * A save based on a version of the record that is no longer the current one: someone else saved it after the
 * person (or API client) read it. Nothing is saved; the message says who changed it and when, when that is known,
 * and asks to reload. A conflict (409) in general; the API answers 412 when the version came from If-Match.
 */
public class StaleRecordException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public StaleRecordException(String message) {
        super(null, message);
    }
}
