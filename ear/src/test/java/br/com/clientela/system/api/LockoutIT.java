package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Five wrong passwords in a row lock a staff account for 15 minutes; an ADMIN's password reset lifts it. */
@ExtendWith(DeployedClientela.class)
class LockoutIT {

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenForTheRightPassword() throws SQLException {
        TestData.NewStaff staff = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");

        for (int attempt = 1; attempt <= 4; attempt++) {
            Api.Reply wrong = Api.as(staff.email(), "errada-" + attempt + "xyz").get("/api/v1/me");
            assertThat(wrong.json().getString("detail")).isEqualTo("E-mail ou senha inválidos.");
        }
        Api.Reply fifth = Api.as(staff.email(), "errada-5xyz").get("/api/v1/me");
        assertThat(fifth.status()).isEqualTo(401);
        assertThat(fifth.json().getString("detail")).startsWith("Conta bloqueada por excesso de tentativas");

        Api.Reply right = Api.as(staff.email(), staff.password()).get("/api/v1/me");
        assertThat(right.status()).isEqualTo(401);
        assertThat(right.json().getString("detail")).startsWith("Conta bloqueada");
        assertThat(lockedUntil(staff.email())).isCloseTo(LocalDateTime.now().plusMinutes(15), within(2, ChronoUnit.MINUTES));
    }

    @Test
    void aSuccessfulLoginResetsTheCountOfWrongPasswords() {
        TestData.NewStaff staff = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");
        for (int attempt = 1; attempt <= 4; attempt++) {
            Api.as(staff.email(), "errada-" + attempt + "xyz").get("/api/v1/me");
        }
        assertThat(Api.as(staff.email(), staff.password()).get("/api/v1/me").status()).isEqualTo(200);

        Api.as(staff.email(), "errada-5xyz").get("/api/v1/me");

        assertThat(Api.as(staff.email(), staff.password()).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void passwordResetByAnAdminLiftsTheLock() {
        TestData.NewStaff staff = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");
        for (int attempt = 1; attempt <= 5; attempt++) {
            Api.as(staff.email(), "errada-" + attempt + "xyz").get("/api/v1/me");
        }

        Api.Reply reset = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD)
                .post("/api/v1/staff-users/" + staff.id() + "/password", "{\"password\":\"NovaSenha2026\"}");

        assertThat(reset.status()).isEqualTo(204);
        assertThat(Api.as(staff.email(), "NovaSenha2026").get("/api/v1/me").status()).isEqualTo(200);
        assertThat(Api.as(staff.email(), staff.password()).get("/api/v1/me").status()).isEqualTo(401);
    }

    private static LocalDateTime lockedUntil(String email) throws SQLException {
        try (Connection db = DeployedClientela.openDatabase();
                PreparedStatement query = db.prepareStatement("select locked_until from staff_user where email = ?")) {
            query.setString(1, email);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getTimestamp(1).toLocalDateTime();
            }
        }
    }
}
