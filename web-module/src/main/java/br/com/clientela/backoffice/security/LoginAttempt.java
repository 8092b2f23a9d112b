package br.com.clientela.backoffice.security;

import br.com.clientela.security.boundary.AuthenticationOutcome;
import jakarta.enterprise.context.RequestScoped;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * This request's credential check: the client address it came from (set by the mechanism, read by the
 * identity store) and its outcome, so the login page and the API can say why a sign-in failed (too many
 * attempts, deactivated) after the container has only said "failure".
 */
@RequestScoped
public class LoginAttempt {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private String clientAddress;
    private AuthenticationOutcome outcome;

    void from(String clientAddress) {
        this.clientAddress = clientAddress;
    }

    String clientAddress() {
        return clientAddress;
    }

    void record(AuthenticationOutcome outcome) {
        this.outcome = outcome;
    }

    AuthenticationOutcome outcome() {
        return outcome;
    }

    boolean throttled() {
        return outcome != null && outcome.status() == AuthenticationOutcome.Status.THROTTLED;
    }

    /** Whole seconds until the next attempt may be made (at least 1), for the Retry-After header. */
    long retryAfterSeconds() {
        long seconds = (long) Math.ceil(Duration.between(LocalDateTime.now(), outcome.retryAt()).toMillis() / 1000.0);
        return Math.max(1, seconds);
    }

    /** A pt-BR sentence telling the person why they are not signed in; the same for unknown and real e-mails. */
    public String failureMessage() {
        if (outcome == null) {
            return "E-mail ou senha inválidos.";
        }
        return switch (outcome.status()) {
            case THROTTLED -> "Muitas tentativas de acesso. Tente novamente às " + TIME.format(outcome.retryAt())
                    + " ou peça a um administrador para redefinir a sua senha.";
            case INACTIVE -> "Este acesso está desativado. Fale com um administrador da sua empresa.";
            default -> "E-mail ou senha inválidos.";
        };
    }
}
