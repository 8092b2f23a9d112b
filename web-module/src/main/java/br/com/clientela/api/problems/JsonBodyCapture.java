package br.com.clientela.api.problems;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Keeps a copy of a JSON request body so a refusal can name the field it came from. JSON-B says which enum
 * value it could not read but not where it was; {@link UnknownValueLocator} finds it in this copy. Bodies are
 * small (JSON only; uploads are not JSON), and the copy lives as long as the request.
 */
@Provider
public class JsonBodyCapture implements ContainerRequestFilter {

    static final String BODY = JsonBodyCapture.class.getName() + ".body";
    private static final int LIMIT = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (!request.hasEntity() || type == null || !isJson(type)) {
            return;
        }
        byte[] body = request.getEntityStream().readNBytes(LIMIT + 1);
        if (body.length <= LIMIT) {
            request.setProperty(BODY, body);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static boolean isJson(MediaType type) {
        return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }
}
