package br.com.clientela.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that passes its annotations but breaks a rule only the service can check. Usually about one field;
 * a rule that several fields break at once (such as changing data the client typed themselves) names each.
 */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, String> fields = new LinkedHashMap<>();

    public InvalidInputException(String field, String message) {
        super(field, message);
        if (field != null) {
            fields.put(field, message);
        }
    }

    /**
     * @param message what is wrong as a whole
     * @param fields each invalid field and its message, in the order to show them (at least one)
     */
    public InvalidInputException(String message, Map<String, String> fields) {
        super(fields.keySet().iterator().next(), message);
        this.fields.putAll(fields);
    }

    /** Each invalid field and its message; empty when the refusal is about no field in particular. */
    public Map<String, String> getFields() {
        return Collections.unmodifiableMap(fields);
    }
}
