package br.com.clientela.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * The sign-in count of one e-mail ({@code account:...}) or client address ({@code address:...}). Written only
 * by LoginThrottle's atomic SQL; mapped read-only so the staff list can show who is blocked.
 */
@Entity
@ReadOnly
@Table(name = "login_throttle")
public class LoginThrottleEntry {

    @Id
    private String subject;

    private int failures;

    @Column(name = "window_started_at")
    private LocalDateTime windowStartedAt;

    @Column(name = "blocked_until")
    private LocalDateTime blockedUntil;

    protected LoginThrottleEntry() {
    }

    public String getSubject() {
        return subject;
    }

    public int getFailures() {
        return failures;
    }

    public LocalDateTime getBlockedUntil() {
        return blockedUntil;
    }
}
