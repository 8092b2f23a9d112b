package br.com.clientela.api.problems;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds where in a JSON body a given string value sits, as a field path: "addresses[0].type". */
final class UnknownValueLocator {

    private UnknownValueLocator() {
    }

    static List<String> pathsOf(String value, byte[] body) {
        List<String> paths = new ArrayList<>();
        if (body == null || value == null) {
            return paths;
        }
        try (var reader = Json.createReader(new ByteArrayInputStream(body))) {
            collect(reader.readValue(), value, null, paths);
        } catch (JsonParsingException | IllegalStateException e) {
            // Unreadable JSON has no paths to offer; the caller falls back to naming no field.
        }
        return paths;
    }

    private static void collect(JsonValue node, String value, String path, List<String> paths) {
        switch (node.getValueType()) {
            case OBJECT -> {
                for (Map.Entry<String, JsonValue> entry : ((JsonObject) node).entrySet()) {
                    collect(entry.getValue(), value, path == null ? entry.getKey() : path + "." + entry.getKey(), paths);
                }
            }
            case ARRAY -> {
                JsonArray array = (JsonArray) node;
                for (int i = 0; i < array.size(); i++) {
                    collect(array.get(i), value, (path == null ? "" : path) + "[" + i + "]", paths);
                }
            }
            case STRING -> {
                if (path != null && ((JsonString) node).getString().equals(value)) {
                    paths.add(path);
                }
            }
            default -> {
            }
        }
    }
}
