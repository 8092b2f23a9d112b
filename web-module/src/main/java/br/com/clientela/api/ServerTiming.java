package br.com.clientela.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Tells every API caller how long the server worked on the answer, in the standard {@code Server-Timing}
 * header ({@code app;dur=12.3}, milliseconds): from the request reaching the API (after sign-in) to the answer
 * being ready to write. Browsers show it in their network panel; the benchmark (BENCHMARKS.md) reads it to
 * tell the server's time from the network's.
 */
@Provider
@PreMatching
public class ServerTiming implements ContainerRequestFilter, ContainerResponseFilter {

    static final String HEADER = "Server-Timing";
    private static final String STARTED = ServerTiming.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            response.getHeaders().add(HEADER, header(System.nanoTime() - started));
        }
    }

    static String header(long nanos) {
        return String.format(Locale.ROOT, "app;dur=%.3f", nanos / 1_000_000.0);
    }
}
