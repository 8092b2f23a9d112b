package br.com.clientela.security.boundary;

import java.time.LocalDateTime;
import java.util.Set;

/** What a login attempt came to: who signed in with which groups, or why nobody did. */
public record AuthenticationOutcome(Status status, String email, Set<String> groups, LocalDateTime lockedUntil) {

    public enum Status {
        SUCCESS,
        INVALID,
        LOCKED,
        INACTIVE
    }

    public static AuthenticationOutcome success(String email, Set<String> groups) {
        return new AuthenticationOutcome(Status.SUCCESS, email, groups, null);
    }

    public static AuthenticationOutcome invalid() {
        return new AuthenticationOutcome(Status.INVALID, null, Set.of(), null);
    }

    public static AuthenticationOutcome locked(LocalDateTime until) {
        return new AuthenticationOutcome(Status.LOCKED, null, Set.of(), until);
    }

    public static AuthenticationOutcome inactive() {
        return new AuthenticationOutcome(Status.INACTIVE, null, Set.of(), null);
    }

    public boolean succeeded() {
        return status == Status.SUCCESS;
    }
}
