package br.com.clientela.security.boundary;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * What a sign-in attempt came to: who signed in with which groups and credentials version, or why nobody
 * did. THROTTLED says the same for an unknown e-mail as for a real one.
 */
public record AuthenticationOutcome(Status status, String email, Set<String> groups, long credentialsVersion,
        LocalDateTime retryAt) {

    public enum Status {
        SUCCESS,
        INVALID,
        THROTTLED,
        INACTIVE
    }

    public static AuthenticationOutcome success(String email, Set<String> groups, long credentialsVersion) {
        return new AuthenticationOutcome(Status.SUCCESS, email, groups, credentialsVersion, null);
    }

    public static AuthenticationOutcome invalid() {
        return new AuthenticationOutcome(Status.INVALID, null, Set.of(), 0, null);
    }

    /** Too many attempts for this e-mail or from this address: try again at {@code retryAt}. */
    public static AuthenticationOutcome throttled(LocalDateTime retryAt) {
        return new AuthenticationOutcome(Status.THROTTLED, null, Set.of(), 0, retryAt);
    }

    public static AuthenticationOutcome inactive() {
        return new AuthenticationOutcome(Status.INACTIVE, null, Set.of(), 0, null);
    }

    public boolean succeeded() {
        return status == Status.SUCCESS;
    }
}
