package br.com.clientela.api.problems;

import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.text.TypedText;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps a copy of a JSON request body so a refusal can name the field it came from. JSON-B says which enum
 * value it could not read but not where it was; {@link UnknownValueLocator} finds it in this copy. Bodies are
 * small (JSON only; uploads are not JSON), and the copy lives as long as the request.
 *
 * <p>It is also where text enters the API, so every string of the body and every query and path parameter is
 * checked here for control characters and broken surrogates ({@link TypedText}): 422 naming each field
 * ({@code lines[0].description}), before anything reads it.
 */
@Provider
public class JsonBodyCapture implements ContainerRequestFilter {

    static final String BODY = JsonBodyCapture.class.getName() + ".body";
    private static final int LIMIT = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Map<String, String> unclean = new LinkedHashMap<>();
        checkParameters(request.getUriInfo().getPathParameters(), unclean);
        checkParameters(request.getUriInfo().getQueryParameters(), unclean);
        MediaType type = request.getMediaType();
        if (request.hasEntity() && type != null && isJson(type)) {
            byte[] body = request.getEntityStream().readNBytes(LIMIT + 1);
            if (body.length <= LIMIT) {
                request.setProperty(BODY, body);
                checkBody(body, unclean);
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        }
        if (!unclean.isEmpty()) {
            throw new InvalidInputException(unclean);
        }
    }

    private static void checkParameters(MultivaluedMap<String, String> parameters, Map<String, String> unclean) {
        parameters.forEach((name, values) -> {
            if (values.stream().anyMatch(value -> !TypedText.isClean(value, false))) {
                unclean.put(name, TypedText.REFUSAL);
            }
        });
    }

    private static void checkBody(byte[] body, Map<String, String> unclean) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            collectUnclean(reader.readValue(), null, unclean);
        } catch (JsonException | IllegalStateException unreadable) {
            // Not JSON: JSON-B refuses it with its own 400 when the resource reads it.
        }
    }

    private static void collectUnclean(JsonValue node, String path, Map<String, String> unclean) {
        switch (node.getValueType()) {
            case OBJECT -> {
                for (Map.Entry<String, JsonValue> entry : ((JsonObject) node).entrySet()) {
                    String name = entry.getKey();
                    String at = path == null ? name : path + "." + name;
                    if (!TypedText.isClean(name, false)) {
                        unclean.put(path == null ? "body" : path, TypedText.REFUSAL);
                    }
                    collectUnclean(entry.getValue(), at, unclean);
                }
            }
            case ARRAY -> {
                JsonArray array = (JsonArray) node;
                for (int i = 0; i < array.size(); i++) {
                    collectUnclean(array.get(i), (path == null ? "" : path) + "[" + i + "]", unclean);
                }
            }
            case STRING -> {
                if (!TypedText.isClean(((JsonString) node).getString(), true)) {
                    unclean.put(path == null ? "body" : path, TypedText.REFUSAL);
                }
            }
            default -> {
            }
        }
    }

    private static boolean isJson(MediaType type) {
        return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }
}
