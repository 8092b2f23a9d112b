package br.com.clientela.api.problems;

import br.com.clientela.api.StrictJsonTypes;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A well-formed body with a value of the wrong JSON type in a field ({@code "name": 12}, {@code "active": "sim"},
 * {@code "quantity": "muitos"}, a date that is no date): 422 naming the field, like any other invalid field.
 * JSON-B names the properties it was reading ({@code lines}, then {@code quantity}) but not the position in a
 * list, so the field is found in the body's copy: {@code lines[2].quantity}.
 */
final class WrongJsonType {

    private static final Pattern PROPERTY = Pattern.compile("Unable to deserialize property '([^']+)'");
    /** Yasson's own words for a value of another JSON type than the Java type it reads. */
    private static final List<String> TYPE_MISMATCH = List.of("Incorrect position for processing type",
            "Error deserialize JSON value into type", "Cannot deserialize");
    private static final String GENERIC = "Tipo de valor inválido para este campo.";

    private WrongJsonType() {
    }

    /** @return the 422 problem, or null when the failure is not a wrong value in a known field */
    static Problem problemFor(Throwable failure, byte[] body) {
        String message = null;
        Predicate<JsonValue> acceptable = value -> false;
        for (Throwable t = failure; t != null && message == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StrictJsonTypes.WrongValueException wrong) {
                message = wrong.getMessage();
                acceptable = wrong::accepts;
            } else if (t.getMessage() != null && TYPE_MISMATCH.stream().anyMatch(t.getMessage()::contains)
                    && !(t instanceof JsonParsingException)) {
                message = GENERIC;
            }
        }
        List<String> names = propertyChain(failure.getMessage());
        if (message == null || names.isEmpty()) {
            return null;
        }
        Problem problem = new Problem(422, "Dados inválidos", "Corrija os campos indicados e envie de novo.");
        List<String> paths = pathsOf(names, acceptable, body);
        if (paths.isEmpty()) {
            paths = List.of(String.join(".", names));
        }
        String text = message;
        paths.forEach(path -> problem.field(path, text));
        return problem;
    }

    private static List<String> propertyChain(String message) {
        List<String> names = new ArrayList<>();
        if (message != null) {
            Matcher matcher = PROPERTY.matcher(message);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /**
     * The places in the body the chain of property names leads to, with list positions filled in, keeping those
     * whose value the reader refuses when there are several (the same field in many lines).
     */
    private static List<String> pathsOf(List<String> names, Predicate<JsonValue> acceptable, byte[] body) {
        List<String> paths = new ArrayList<>();
        if (body == null) {
            return paths;
        }
        try (var reader = Json.createReader(new ByteArrayInputStream(body))) {
            List<Map.Entry<String, JsonValue>> found = new ArrayList<>();
            follow(reader.readValue(), names, 0, null, found);
            if (found.size() == 1) {
                paths.add(found.get(0).getKey());
            } else {
                found.stream().filter(entry -> !acceptable.test(entry.getValue())).forEach(entry -> paths.add(entry.getKey()));
            }
        } catch (RuntimeException unreadable) {
            // Without a readable copy the chain of names is the best answer.
        }
        return paths;
    }

    private static void follow(JsonValue node, List<String> names, int depth, String path,
            List<Map.Entry<String, JsonValue>> found) {
        if (depth == names.size()) {
            found.add(Map.entry(path, node));
            return;
        }
        if (node instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                if (entry.getKey().equals(names.get(depth))) {
                    follow(entry.getValue(), names, depth + 1, path == null ? entry.getKey() : path + "." + entry.getKey(),
                            found);
                }
            }
        } else if (node instanceof JsonArray array && depth > 0) {
            for (int i = 0; i < array.size(); i++) {
                follow(array.get(i), names, depth, path + "[" + i + "]", found);
            }
        }
    }
}
