package br.com.clientela.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonValue;
import java.util.Map;
import java.util.stream.Collectors;

/** Reading the API's problem+json answers in tests: the per-field errors and the usual 422 refusal check. */
public final class Problems {

    private Problems() {
    }

    /** Each named field of the answer's {@code errors} and its pt-BR message (the first when a field repeats). */
    public static Map<String, String> errors(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonValue::asJsonObject).stream()
                .filter(e -> e.containsKey("field"))
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message"), (a, b) -> a));
    }

    /** A 422 problem+json whose error for {@code field} says {@code message}. */
    public static void assertRefused(Api.Reply reply, String field, String message) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(errors(reply)).as(reply.toString()).containsKey(field);
        assertThat(errors(reply).get(field)).as(reply.toString()).contains(message);
    }
}
