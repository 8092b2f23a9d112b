package br.com.clientela.security.boundary;

import jakarta.validation.constraints.NotNull;

/** A new password an ADMIN sets for a staff member (it also lifts a lock). */
public record PasswordReset(
        @NotNull(message = "{clientela.password.required}")
        @StrongPassword
        String password) {
}
