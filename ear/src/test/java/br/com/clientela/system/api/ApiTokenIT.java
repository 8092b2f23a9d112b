package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
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
    void onlyAnAdminCreatesTokens() {
        Api.Reply reply = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD).post("/api/v1/api-tokens", "{\"name\":\"Meu\"}");

        assertThat(reply.status()).isEqualTo(403);
    }
}
