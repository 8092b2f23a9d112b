package br.com.clientela.system.api;

import br.com.clientela.system.DeployedClientela;
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
 * A back-office session as a browser holds it (the JSESSIONID cookie), signed in through the login form, for
 * requests to pages, ajax posts and the API with nothing but that cookie.
 */
final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private String nonce;

    private PageSession() {
    }

    /** Signs in through /login.xhtml; fails unless the form answers with the redirect to the home page. */
    static PageSession signIn(String email, String password) {
        PageSession session = new PageSession();
        String viewState = session.viewStateOf(session.get("/login.xhtml"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:email", email);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState);
        HttpResponse<String> reply = session.post("/login.xhtml", form, false);
        if (reply.statusCode() != 302 || !reply.headers().firstValue("Location").orElse("").endsWith("/index.xhtml")) {
            throw new IllegalStateException("Sign-in through the login page failed: " + reply.statusCode() + " "
                    + reply.body());
        }
        return session;
    }

    HttpResponse<String> get(String path) {
        HttpResponse<String> page = send(request(path).GET());
        String pageNonce = br.com.clientela.system.FacesSession.nonceOf(page.body());
        if (pageNonce != null) {
            nonce = pageNonce;
        }
        return page;
    }

    /** A form post; {@code ajax} sends it as PrimeFaces does for an ajax button. */
    HttpResponse<String> post(String path, Map<String, String> form, boolean ajax) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded");
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (nonce != null) {
            // As PrimeFaces' script does in a browser: the form carries its page's CSP nonce.
            fields.putIfAbsent(br.com.clientela.system.FacesSession.NONCE_FIELD, nonce);
        }
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON POST to the API carrying only the session cookie (no Authorization header). */
    HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    String viewStateOf(HttpResponse<String> page) {
        Matcher matcher = VIEW_STATE.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No ViewState on the page: " + page.statusCode() + " " + page.body());
        }
        return matcher.group(1);
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(DeployedClientela.baseUrl() + path)).timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
