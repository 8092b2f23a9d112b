package br.com.clientela.system.run;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A staff member signed in to the back office over plain HTTP, as a browser would: the login form posted
 * with its view state, then pages fetched with the session cookie. Also calls the API with the same
 * credentials (HTTP Basic).
 */
final class StaffSession {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String basic;

    private StaffSession(String baseUrl, String email, String password) {
        this.baseUrl = baseUrl;
        this.basic = "Basic " + Base64.getEncoder()
                .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static StaffSession signIn(String baseUrl, String email, String password) throws IOException,
            InterruptedException {
        StaffSession session = new StaffSession(baseUrl, email, password);
        HttpResponse<String> login = session.get("/login.xhtml");
        Matcher viewState = VIEW_STATE.matcher(login.body());
        if (login.statusCode() != 200 || !viewState.find()) {
            throw new IllegalStateException("No login form at " + baseUrl + ": " + login.statusCode());
        }
        String form = "login=login&login%3Aemail=" + encode(email) + "&login%3Apassword=" + encode(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + encode(viewState.group(1));
        String nonce = br.com.clientela.system.FacesSession.nonceOf(login.body());
        if (nonce != null) {
            // As PrimeFaces' script does in a browser: the form carries its page's CSP nonce.
            form += "&" + br.com.clientela.system.FacesSession.NONCE_FIELD + "=" + encode(nonce);
        }
        HttpResponse<String> home = session.http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (home.uri().getPath().endsWith("/login.xhtml")) {
            throw new IllegalStateException("Signing in as " + email + " failed: " + home.statusCode());
        }
        return session;
    }

    /** A page of the back office (path with its query), with the session's cookie; redirects followed. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(2)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An API call with the staff member's credentials. */
    HttpResponse<String> api(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1" + path))
                .header("Authorization", basic).header("Accept", "application/json").timeout(Duration.ofMinutes(2))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
