package br.com.clientela.backoffice.security;

import br.com.clientela.security.boundary.AuthenticationOutcome;
import jakarta.enterprise.context.RequestScoped;
import java.time.format.DateTimeFormatter;

/**
 * The outcome of this request's credential check, so the login page and the API can say why a login
 * failed (locked, deactivated) after the container has only said "failure".
 */
@RequestScoped
public class LoginAttempt {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private AuthenticationOutcome outcome;

    void record(AuthenticationOutcome outcome) {
        this.outcome = outcome;
    }

    /** A pt-BR sentence telling the person why they are not signed in. */
    public String failureMessage() {
        if (outcome == null) {
            return "E-mail ou senha inválidos.";
        }
        return switch (outcome.status()) {
            case LOCKED -> "Conta bloqueada por excesso de tentativas. Tente novamente às "
                    + TIME.format(outcome.lockedUntil()) + " ou peça a um administrador para redefinir a senha.";
            case INACTIVE -> "Este acesso está desativado. Fale com um administrador da sua empresa.";
            default -> "E-mail ou senha inválidos.";
        };
    }
}
