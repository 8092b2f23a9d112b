package br.com.clientela.api.clients;

import br.com.clientela.api.JsonbSettings;
import br.com.clientela.clients.boundary.ClientInput;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import java.io.StringReader;
import java.util.function.UnaryOperator;

/**
 * Applies a JSON merge patch (RFC 7396) to a client as input: the record is written as JSON with the API's own
 * JSON-B settings, patched, and read back, so an unknown field or a value of the wrong type is refused exactly
 * as in a PUT.
 */
final class ClientMergePatch {

    private ClientMergePatch() {
    }

    /**
     * The patch, read now (an unreadable one is refused before anything is loaded), to be applied to the client as
     * the boundary reads it, in the transaction that saves the result.
     */
    static UnaryOperator<ClientInput> of(String patch) {
        JsonValue changes = parse(patch);
        return current -> merged(current, changes);
    }

    private static ClientInput merged(ClientInput current, JsonValue changes) {
        JsonValue base = parse(JsonbSettings.JSONB.toJson(current));
        JsonValue merged = Json.createMergePatch(changes).apply(base);
        return JsonbSettings.JSONB.fromJson(merged.toString(), ClientInput.class);
    }

    private static JsonValue parse(String json) {
        if (json == null || json.isBlank()) {
            throw new BadRequestException("Empty merge patch");
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        } catch (JsonException unreadable) {
            throw new BadRequestException("Unreadable merge patch", unreadable);
        }
    }
}
