package br.com.clientela.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many wrong passwords for one e-mail (default 5), and from one client address (default 30), within the
 * lock duration block further attempts, and for how long (default 15 minutes).
 */
@ApplicationScoped
public class LoginLockout {

    @Inject
    @ConfigProperty(name = "clientela.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "clientela.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    @ConfigProperty(name = "clientela.login.address-max-failures", defaultValue = "30")
    int addressMaxFailures;

    public int maxFailures() {
        return maxFailures;
    }

    public int addressMaxFailures() {
        return addressMaxFailures;
    }

    public Duration lockDuration() {
        return Duration.ofMinutes(lockMinutes);
    }
}
