package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Five wrong passwords for an e-mail block it for 15 minutes (429 with Retry-After, even for the right
 * password); a right password before that starts the count again; an ADMIN's password reset lifts the block.
 * Each test signs in from its own client address (see {@link SignInAttempts}).
 */
@ExtendWith(DeployedClientela.class)
class LockoutIT {

    private final String address = SignInAttempts.newAddress();

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenForTheRightPassword() {
        TestData.NewStaff staff = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");

        for (int attempt = 1; attempt <= 4; attempt++) {
            Api.Reply wrong = SignInAttempts.one(staff.email(), "errada-" + attempt + "xyz", address);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.json().getString("detail")).isEqualTo("E-mail ou senha inválidos.");
        }
        Api.Reply fifth = SignInAttempts.one(staff.email(), "errada-5xyz", address);
        assertThat(fifth.status()).isEqualTo(429);
        assertThat(fifth.json().getString("detail")).startsWith("Muitas tentativas de acesso");
        assertThat(Long.parseLong(fifth.header("Retry-After"))).isBetween(14L * 60, 15L * 60);

        Api.Reply right = SignInAttempts.one(staff.email(), staff.password(), address);
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.json().getString("detail")).startsWith("Muitas tentativas de acesso");
        assertThat(SignInAttempts.countOf(staff.email()).blockedUntil())
                .isCloseTo(LocalDateTime.now().plusMinutes(15), within(2, ChronoUnit.MINUTES));
    }

    @Test
    void aSuccessfulLoginResetsTheCountOfWrongPasswords() {
        TestData.NewStaff staff = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");
        for (int attempt = 1; attempt <= 4; attempt++) {
            SignInAttempts.one(staff.email(), "errada-" + attempt + "xyz", address);
        }
        assertThat(SignInAttempts.one(staff.email(), staff.password(), address).status()).isEqualTo(200);

        SignInAttempts.one(staff.email(), "errada-5xyz", address);

        assertThat(SignInAttempts.one(staff.email(), staff.password(), address).status()).isEqualTo(200);
    }

    @Test
    void passwordResetByAnAdminLiftsTheLock() {
        TestData.NewStaff staff = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");
        for (int attempt = 1; attempt <= 5; attempt++) {
            SignInAttempts.one(staff.email(), "errada-" + attempt + "xyz", address);
        }
        assertThat(SignInAttempts.one(staff.email(), staff.password(), address).status()).isEqualTo(429);

        Api.Reply reset = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD)
                .post("/api/v1/staff-users/" + staff.id() + "/password", "{\"password\":\"NovaSenha2026\"}");

        assertThat(reset.status()).isEqualTo(204);
        assertThat(SignInAttempts.one(staff.email(), "NovaSenha2026", address).status()).isEqualTo(200);
        assertThat(SignInAttempts.one(staff.email(), staff.password(), address).status()).isEqualTo(401);
    }

    @Test
    void theStaffListShowsABlockedAccountAsBlocked() {
        TestData.NewStaff staff = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");
        for (int attempt = 1; attempt <= 5; attempt++) {
            SignInAttempts.one(staff.email(), "errada-" + attempt + "xyz", address);
        }

        Api.Reply row = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD).get("/api/v1/staff-users/" + staff.id());

        assertThat(row.json().getBoolean("locked")).isTrue();
    }
}
