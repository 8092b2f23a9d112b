package br.com.clientela.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session at the HTTP level, for what a real browser cannot send (a made-up ViewState, a foreign
 * Origin, control characters in a field): it keeps cookies, reads the form state of a page and posts forms. Like
 * PrimeFaces' script in a browser, a form post carries the CSP nonce of the last page read (field
 * {@code primefaces.nonce}), unless the fields name one themselves.
 */
public final class FacesSession {

    public static final String NONCE_FIELD = "primefaces.nonce";
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private String nonce;

    public static FacesSession anonymous() {
        return new FacesSession();
    }

    /** Signs in through the login form, as a person does. */
    public static FacesSession signedIn(String email, String password) {
        FacesSession session = new FacesSession();
        HttpResponse<String> login = session.get("/login.xhtml");
        HttpResponse<String> signedIn = session.post("/login.xhtml", Map.of("login", "login", "login:email", email,
                "login:password", password, "login:submit", "", "jakarta.faces.ViewState", viewStateOf(login.body())),
                Map.of());
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("Could not sign in: " + signedIn.statusCode() + " " + signedIn.body());
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri(path)).GET());
        String pageNonce = nonceOf(page.body());
        if (pageNonce != null) {
            nonce = pageNonce;
        }
        return page;
    }

    /** A form post with these fields (url-encoded) and these extra headers. */
    public HttpResponse<String> post(String path, Map<String, String> fields, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (nonce != null) {
            all.putIfAbsent(NONCE_FIELD, nonce);
        }
        String body = all.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request);
    }

    /** The CSP nonce PrimeFaces' script of a page adds to its forms; null when the page has none. */
    public static String nonceOf(String page) {
        Matcher script = NONCE.matcher(page);
        return script.find() ? script.group(1) : null;
    }

    public static String viewStateOf(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No ViewState in the page: " + page);
        }
        return matcher.group(1);
    }

    private static URI uri(String path) {
        return URI.create(DeployedClientela.baseUrl() + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
