package br.com.clientela.system.api;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Sign-in attempts against the API (HTTP Basic on GET /api/v1/me) as if from a client address of the test's
 * own: the test server trusts X-Forwarded-For from loopback (CLIENTELA_LOGIN_TRUSTED_PROXIES), so each test
 * throttles only its own address. Many at once go through an HttpClient with a bounded executor, on
 * loopback only, each with a time limit.
 */
final class SignInAttempts {

    private SignInAttempts() {
    }

    /** A random address in the IPv6 documentation range (2001:db8::/32), so no two tests share one. */
    static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("2001:db8:%x:%x::%x", random.nextInt(0x10000), random.nextInt(0x10000),
                random.nextInt(1, 0x10000));
    }

    static Api.Reply one(String email, String password, String address) {
        return atOnce(1, email, password, address).get(0);
    }

    /** {@code count} attempts sent at once; their replies once all have answered (at most two minutes). */
    static List<Api.Reply> atOnce(int count, String email, String password, String address) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 16));
        try {
            return all(count, email, password, address, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Api.Reply> all(int count, String email, String password, String address,
            ExecutorService pool) {
        HttpClient http = HttpClient.newBuilder()
                .executor(pool)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(DeployedClientela.baseUrl() + "/api/v1/me"))
                .timeout(Duration.ofSeconds(90))
                .header("Accept", "application/json")
                .header("X-Forwarded-For", address)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build();
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sent.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        try {
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("The attempts did not all answer within two minutes", e);
        }
        return sent.stream().map(CompletableFuture::join).map(Api.Reply::new).toList();
    }

    /** What login_throttle holds for an e-mail: attempts counted and the end of its block (null if none). */
    record Count(int failures, LocalDateTime blockedUntil) {
    }

    static Count countOf(String email) {
        try (Connection db = DeployedClientela.openDatabase();
                PreparedStatement query = db.prepareStatement(
                        "select failures, blocked_until from login_throttle where subject = ?")) {
            query.setString(1, "account:" + email.toLowerCase(java.util.Locale.ROOT));
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return new Count(0, null);
                }
                java.sql.Timestamp until = row.getTimestamp(2);
                return new Count(row.getInt(1), until == null ? null : until.toLocalDateTime());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
