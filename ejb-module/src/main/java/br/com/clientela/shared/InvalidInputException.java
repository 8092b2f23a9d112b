package br.com.clientela.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that passes its annotations but breaks a rule only the service can check. Usually about one field;
 * a check of many values at once (a client's custom fields) names every field that is wrong, so the person
 * fixes them all in one go.
 */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, String> fieldErrors = new LinkedHashMap<>();

    public InvalidInputException(String field, String message) {
        super(field, message);
        fieldErrors.put(field, message);
    }

    /** @param fieldErrors message per field name, in the order to show them (at least one) */
    public InvalidInputException(Map<String, String> fieldErrors) {
        super(fieldErrors.keySet().iterator().next(), fieldErrors.values().iterator().next());
        this.fieldErrors.putAll(fieldErrors);
    }

    /** Every invalid field and its message; the single field of the one-field constructor too. */
    public Map<String, String> getFieldErrors() {
        return Collections.unmodifiableMap(fieldErrors);
    }
}
