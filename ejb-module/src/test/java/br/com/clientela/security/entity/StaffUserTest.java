package br.com.clientela.security.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class StaffUserTest {

    private static final int LIMIT = 5;
    private static final Duration LOCK = Duration.ofMinutes(15);

    private final LocalDateTime now = LocalDateTime.of(2026, 3, 10, 9, 30);

    @Test
    void fourWrongPasswordsInARowDoNotLock() {
        StaffUser user = newUser();

        failTimes(user, 4);

        assertThat(user.isLockedAt(now)).isFalse();
        assertThat(user.getLockedUntil()).isNull();
        assertThat(user.getFailedLogins()).isEqualTo(4);
    }

    @Test
    void fifthWrongPasswordLocksForTheGivenDuration() {
        StaffUser user = newUser();

        failTimes(user, 5);

        assertThat(user.getLockedUntil()).isEqualTo(now.plus(LOCK));
        assertThat(user.isLockedAt(now)).isTrue();
        assertThat(user.isLockedAt(now.plus(LOCK).minusSeconds(1))).isTrue();
    }

    @Test
    void lockEndsWhenItsDurationHasPassed() {
        StaffUser user = newUser();
        failTimes(user, 5);

        assertThat(user.isLockedAt(now.plus(LOCK))).isFalse();
        assertThat(user.isLockedAt(now.plus(LOCK).plusMinutes(1))).isFalse();
    }

    @Test
    void afterALockTheCountStartsAgain() {
        StaffUser user = newUser();
        failTimes(user, 5);
        LocalDateTime afterLock = now.plus(LOCK).plusMinutes(1);

        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(afterLock, LIMIT, LOCK);
        }

        assertThat(user.getFailedLogins()).isEqualTo(4);
        assertThat(user.isLockedAt(afterLock)).isFalse();
    }

    @Test
    void successfulLoginResetsTheCountSoFourMoreFailuresDoNotLock() {
        StaffUser user = newUser();
        failTimes(user, 4);

        user.recordSuccessfulLogin();
        failTimes(user, 4);

        assertThat(user.getFailedLogins()).isEqualTo(4);
        assertThat(user.isLockedAt(now)).isFalse();
    }

    @Test
    void successfulLoginLiftsALock() {
        StaffUser user = newUser();
        failTimes(user, 5);

        user.recordSuccessfulLogin();

        assertThat(user.getLockedUntil()).isNull();
        assertThat(user.isLockedAt(now)).isFalse();
        assertThat(user.getFailedLogins()).isZero();
    }

    @Test
    void changingThePasswordLiftsALock() {
        StaffUser user = newUser();
        failTimes(user, 5);

        user.changePassword("new-hash");

        assertThat(user.isLockedAt(now)).isFalse();
        assertThat(user.getPasswordHash()).isEqualTo("new-hash");
    }

    @Test
    void emailIsStoredTrimmedAndLowerCase() {
        StaffUser user = new StaffUser("  Maria.Souza@Exemplo.COM.br ", " Maria Souza ", Role.STAFF, "hash");

        assertThat(user.getEmail()).isEqualTo("maria.souza@exemplo.com.br");
        assertThat(user.getName()).isEqualTo("Maria Souza");
    }

    private StaffUser newUser() {
        return new StaffUser("maria@exemplo.com.br", "Maria Souza", Role.STAFF, "hash");
    }

    private void failTimes(StaffUser user, int times) {
        for (int i = 0; i < times; i++) {
            user.recordFailedLogin(now, LIMIT, LOCK);
        }
    }
}
