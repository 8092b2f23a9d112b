package br.com.clientela.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B for the API: a field the API does not know is an error, not silently dropped, and a value of the wrong
 * JSON type (a number for a text, a string for a boolean) or a date out of range is refused ({@link StrictJsonTypes}).
 */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

    /** The API's JSON-B, also for code that reads JSON itself (a merge patch). */
    public static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .setProperty("jsonb.fail-on-unknown-properties", true)
            .withDeserializers(new StrictJsonTypes.Text(), new StrictJsonTypes.YesNo(), new StrictJsonTypes.Day()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
