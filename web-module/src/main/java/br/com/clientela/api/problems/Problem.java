package br.com.clientela.api.problems;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/** An RFC 9457 problem document with pt-BR text and, for invalid input, one entry per field. */
public final class Problem {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json", "UTF-8");

    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldError> errors = new ArrayList<>();
    private final java.util.Map<String, Long> extensions = new java.util.LinkedHashMap<>();

    /** One invalid field: its name in the request body (or query) and what to fix. */
    public record FieldError(String field, String message) {
    }

    public Problem(int status, String title, String detail) {
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    public Problem field(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** An extension member (RFC 9457 §3.2), such as the id of the client a conflict is about. */
    public Problem extension(String name, long value) {
        extensions.put(name, value);
        return this;
    }

    public Response toResponse(String instance) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (instance != null) {
            body.add("instance", instance);
        }
        extensions.forEach(body::add);
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (FieldError error : errors) {
                JsonObjectBuilder entry = Json.createObjectBuilder().add("message", error.message());
                if (error.field() != null) {
                    entry.add("field", error.field());
                }
                list.add(entry);
            }
            body.add("errors", list);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }
}
