package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** API tokens: created by an ADMIN, shown once, stored only as a hash, usable as Bearer, revocable. */
@ExtendWith(DeployedClientela.class)
class ApiTokenIT {

    private final Api admin = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);

    @Test
    void tokenWorksAsBearerAndIsStoredOnlyAsItsHash() throws Exception {
        JsonObject created = admin.post("/api/v1/api-tokens", "{\"name\":\"Planilha de vendas\"}").json();
        String token = created.getString("token");

        assertThat(Api.withToken(token).get("/api/v1/me").json().getString("email")).isEqualTo(PETHOTEL_ADMIN);
        assertThat(admin.get("/api/v1/api-tokens").body()).contains("Planilha de vendas").doesNotContain(token);
        try (Connection db = DeployedClientela.openDatabase();
                PreparedStatement query = db.prepareStatement("select token_hash from api_token where id = ?")) {
            query.setLong(1, created.getJsonNumber("id").longValue());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                String stored = row.getString(1);
                assertThat(stored).isNotEqualTo(token).doesNotContain(token);
                assertThat(stored).isEqualTo(HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))));
            }
        }
    }

    @Test
    void revokedTokenNoLongerSignsIn() {
        JsonObject created = admin.post("/api/v1/api-tokens", "{\"name\":\"Temporário\"}").json();

        Api.Reply revoke = admin.delete("/api/v1/api-tokens/" + created.getJsonNumber("id").longValue());

        assertThat(revoke.status()).isEqualTo(204);
        assertThat(Api.withToken(created.getString("token")).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void thirtyParallelRequestsWithOneTokenAllSucceedAndRecordTheLastUse() throws Exception {
        JsonObject created = admin.post("/api/v1/api-tokens", "{\"name\":\"Integração paralela\"}").json();
        HttpRequest request = HttpRequest.newBuilder(URI.create(DeployedClientela.baseUrl() + "/api/v1/me"))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + created.getString("token"))
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            HttpClient http = HttpClient.newBuilder().executor(pool).version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                sent.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);

            assertThat(sent).allSatisfy(reply -> {
                assertThat(reply.join().statusCode()).isEqualTo(200);
                assertThat(reply.join().body()).contains(PETHOTEL_ADMIN);
            });
        } finally {
            pool.shutdownNow();
        }
        try (Connection db = DeployedClientela.openDatabase();
                PreparedStatement query = db.prepareStatement("select last_used_at from api_token where id = ?")) {
            query.setLong(1, created.getJsonNumber("id").longValue());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getTimestamp(1)).isNotNull();
            }
        }
    }

    @Test
    void aDeactivatedOwnersTokenStopsWorkingAndADemotedOwnersTokenLosesTheRole() {
        TestData.NewStaff owner = TestData.staffUser(PETHOTEL_ADMIN, "ADMIN");
        String token = Api.as(owner.email(), owner.password()).post("/api/v1/api-tokens", "{\"name\":\"Do dono\"}")
                .json().getString("token");
        Api byToken = Api.withToken(token);
        assertThat(byToken.get("/api/v1/staff-users").status()).isEqualTo(200);

        admin.put("/api/v1/staff-users/" + owner.id(), "{\"name\":\"Pessoa de Teste\",\"role\":\"STAFF\",\"active\":true}");
        assertThat(byToken.get("/api/v1/staff-users").status()).isEqualTo(403);
        assertThat(byToken.get("/api/v1/me").status()).isEqualTo(200);

        admin.put("/api/v1/staff-users/" + owner.id(), "{\"name\":\"Pessoa de Teste\",\"role\":\"STAFF\",\"active\":false}");
        Api.Reply reply = byToken.get("/api/v1/me");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().getString("detail")).contains("Token da API inválido");
    }

    @Test
    void onlyAnAdminCreatesTokens() {
        Api.Reply reply = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD).post("/api/v1/api-tokens", "{\"name\":\"Meu\"}");

        assertThat(reply.status()).isEqualTo(403);
    }
}
