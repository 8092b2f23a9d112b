package br.com.clientela.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How many wrong passwords in a row lock a staff account, and for how long (defaults: 5, 15 minutes). */
@ApplicationScoped
public class LoginLockout {

    @Inject
    @ConfigProperty(name = "clientela.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "clientela.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    public int maxFailures() {
        return maxFailures;
    }

    public Duration lockDuration() {
        return Duration.ofMinutes(lockMinutes);
    }
}
