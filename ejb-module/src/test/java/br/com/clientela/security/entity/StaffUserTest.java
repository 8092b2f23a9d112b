package br.com.clientela.security.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A staff member's credentials version: what ends their open sessions. (Counting wrong passwords moved to
 * LoginThrottle and login_throttle; LockoutIT and LoginThrottleIT check it against the database.)
 */
class StaffUserTest {

    @Test
    void changingThePasswordBumpsTheCredentialsVersion() {
        StaffUser user = newUser();
        long before = user.getCredentialsVersion();

        user.changePassword("new-hash");

        assertThat(user.getPasswordHash()).isEqualTo("new-hash");
        assertThat(user.getCredentialsVersion()).isEqualTo(before + 1);
    }

    @Test
    void aDifferentRoleBumpsTheCredentialsVersionTheSameRoleDoesNot() {
        StaffUser user = newUser();
        long before = user.getCredentialsVersion();

        user.setRole(Role.STAFF);
        assertThat(user.getCredentialsVersion()).isEqualTo(before);

        user.setRole(Role.ADMIN);
        assertThat(user.getRole()).isEqualTo(Role.ADMIN);
        assertThat(user.getCredentialsVersion()).isEqualTo(before + 1);
    }

    @Test
    void deactivatingBumpsTheCredentialsVersionKeepingActiveDoesNot() {
        StaffUser user = newUser();
        long before = user.getCredentialsVersion();

        user.setActive(true);
        assertThat(user.getCredentialsVersion()).isEqualTo(before);

        user.setActive(false);
        assertThat(user.isActive()).isFalse();
        assertThat(user.getCredentialsVersion()).isEqualTo(before + 1);
    }

    @Test
    void renamingKeepsTheCredentialsVersion() {
        StaffUser user = newUser();
        long before = user.getCredentialsVersion();

        user.setName("Maria S. Souza");

        assertThat(user.getCredentialsVersion()).isEqualTo(before);
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
}
