package br.com.clientela.system;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A REST client for the deployed API: as a staff member (HTTP Basic), with a token, or anonymous. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final String authorization;

    private Api(String authorization) {
        this.authorization = authorization;
    }

    public static Api as(String email, String password) {
        return new Api("Basic " + Base64.getEncoder()
                .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static Api withToken(String token) {
        return new Api("Bearer " + token);
    }

    public static Api anonymous() {
        return new Api(null);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A JSON POST with one more header (Idempotency-Key, say); a null value sends no such header. */
    public Reply post(String path, String json, String header, String value) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
        if (value != null) {
            request.header(header, value);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A JSON PUT with one more header (If-Match, say); a null value sends no such header. */
    public Reply put(String path, String json, String header, String value) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
        if (value != null) {
            request.header(header, value);
        }
        return send(request.PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A PATCH with one more header (If-Match, say); a null value sends no such header. */
    public Reply patch(String path, String contentType, String json, String header, String value) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType);
        if (value != null) {
            request.header(header, value);
        }
        return send(request.method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A PATCH with the given content type (application/merge-patch+json or application/json). */
    public Reply patch(String path, String contentType, String json) {
        return send(request(path).header("Content-Type", contentType)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply put(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(DeployedClientela.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            return new Reply(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer with its body parsed on demand. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray jsonArray() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
