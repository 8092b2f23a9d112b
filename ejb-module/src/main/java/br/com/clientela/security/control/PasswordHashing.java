package br.com.clientela.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Staff passwords, hashed and checked with the platform's PBKDF2 (HMAC-SHA256, random salt per password). */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "clientela.password.iterations", defaultValue = "100000")
    int iterations;

    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of one check, so an unknown e-mail answers as slowly as a wrong password. */
    public void checkAgainstDecoy(String password) {
        pbkdf2.verify(password == null ? new char[0] : password.toCharArray(), decoy);
    }
}
