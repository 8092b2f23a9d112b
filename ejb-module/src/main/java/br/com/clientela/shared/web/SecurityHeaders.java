package br.com.clientela.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The one place both web applications (back office with the API, and the portal) answer the browser's security
 * questions, declared first in each WAR's web.xml so it sees every request before security and Faces do:
 * <ul>
 * <li>an HTTP method nobody here speaks (FOO, TRACE, PROPFIND) is a plain 501/405 in pt-BR, never the server's
 * default page with its product name and version;
 * <li>a state-changing request (POST, PUT, PATCH, DELETE) sent by a page of another site — its {@code Origin}
 * (or {@code Sec-Fetch-Site}) says so — is refused 403 before it reaches a form or the API (no Faces post nor
 * API call on behalf of a signed-in user from elsewhere). Clients that send no Origin (curl, integrations)
 * are not browsers and carry their own credentials;
 * <li>every answer carries {@code X-Content-Type-Options: nosniff} (an uploaded picture is never run as a
 * page), {@code Referrer-Policy: same-origin} (ids in our addresses do not leak to other sites), a
 * Content-Security-Policy and, over HTTPS (directly or behind a proxy that says so), HSTS;
 * <li>everything but static resources is {@code Cache-Control: no-store}: pages, JSON, PDFs and CSV files carry
 * personal data and must not stay in shared or browser caches. A response may still set its own policy
 * (the public company logo does).
 * </ul>
 *
 * <p>The Content-Security-Policy forbids framing by other sites ({@code frame-ancestors 'self'}), plugins
 * ({@code object-src 'none'}), a foreign {@code <base>} and form targets elsewhere. Scripts are restricted by a
 * second policy that PrimeFaces' CSP mode sends on every Faces page (context parameter {@code primefaces.CSP} in
 * each web.xml): {@code script-src 'self' 'nonce-…'}, a nonce per view that its own scripts carry, the on*
 * handlers of components (ours are all on PrimeFaces components) registered from those scripts; a browser
 * enforces both policies. XSS is also held by escaping (no {@code escape="false"} on user text).
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> SPOKEN = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> NEVER = Set.of("TRACE", "TRACK", "CONNECT");

    static final String CONTENT_SECURITY_POLICY =
            "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        setHeaders(request, response);
        if (!SPOKEN.contains(method)) {
            boolean known = NEVER.contains(method);
            response.setHeader("Allow", String.join(", ", "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
            plain(response, known ? HttpServletResponse.SC_METHOD_NOT_ALLOWED : HttpServletResponse.SC_NOT_IMPLEMENTED,
                    "Método HTTP não suportado.");
            return;
        }
        if (STATE_CHANGING.contains(method) && fromAnotherSite(request)) {
            plain(response, HttpServletResponse.SC_FORBIDDEN, "Requisição recusada: enviada por outro site.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void setHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (overHttps(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    private static boolean overHttps(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.equals("/favicon.ico");
    }

    /**
     * Whether a browser says the request comes from a page of another site: an Origin whose host and port are
     * not the ones asked for, an opaque "null" Origin, or Sec-Fetch-Site cross-site.
     */
    static boolean fromAnotherSite(HttpServletRequest request) {
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return false;
        }
        String forwardedHost = request.getHeader("X-Forwarded-Host");
        String host = forwardedHost != null && !forwardedHost.isBlank() ? forwardedHost.split(",")[0].trim()
                : request.getHeader("Host");
        return host == null || !authorityOf(origin).equals(withoutDefaultPort(host.toLowerCase(Locale.ROOT)));
    }

    private static String authorityOf(String origin) {
        try {
            URI uri = new URI(origin.trim());
            if (uri.getHost() == null) {
                return "";
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return uri.getPort() < 0 ? host : withoutDefaultPort(host + ":" + uri.getPort());
        } catch (URISyntaxException unreadable) {
            return "";
        }
    }

    private static String withoutDefaultPort(String authority) {
        return authority.endsWith(":80") || authority.endsWith(":443")
                ? authority.substring(0, authority.lastIndexOf(':')) : authority;
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
