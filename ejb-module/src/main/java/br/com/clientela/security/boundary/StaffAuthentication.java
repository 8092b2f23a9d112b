package br.com.clientela.security.boundary;

import br.com.clientela.security.control.LoginLockout;
import br.com.clientela.security.control.PasswordHashing;
import br.com.clientela.security.control.TokenDigest;
import br.com.clientela.security.entity.ApiToken;
import br.com.clientela.security.entity.StaffUser;
import br.com.clientela.shared.tenancy.CallerCompany;
import br.com.clientela.shared.tenancy.TenantScope;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.QueryHints;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Checks staff credentials for the identity stores of the web modules. Open to everyone because it runs
 * before anyone is signed in; it counts wrong passwords and locks the account after too many, and its
 * transaction commits that count even when the login fails (a failure is an outcome, not an exception).
 */
@Stateless
@PermitAll
public class StaffAuthentication {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Inject
    CallerCompany callerCompany;

    @Inject
    PasswordHashing passwords;

    @Inject
    LoginLockout lockout;

    @PermitAll
    public AuthenticationOutcome authenticate(String email, String password) {
        String login = StaffUser.normalizeEmail(email);
        Optional<Long> company = callerCompany.ofStaff(login);
        if (company.isEmpty() || password == null) {
            passwords.checkAgainstDecoy(password);
            return AuthenticationOutcome.invalid();
        }
        TenantScope.enter(em, company.get());
        StaffUser user = em.createNamedQuery("StaffUser.findByEmail", StaffUser.class)
                .setParameter("email", login)
                .getSingleResult();
        LocalDateTime now = LocalDateTime.now();
        if (user.isLockedAt(now)) {
            return AuthenticationOutcome.locked(user.getLockedUntil());
        }
        if (!passwords.matches(password, user.getPasswordHash())) {
            user.recordFailedLogin(now, lockout.maxFailures(), lockout.lockDuration());
            return user.isLockedAt(now) ? AuthenticationOutcome.locked(user.getLockedUntil())
                    : AuthenticationOutcome.invalid();
        }
        if (!user.isActive()) {
            return AuthenticationOutcome.inactive();
        }
        if (user.getFailedLogins() > 0 || user.getLockedUntil() != null) {
            user.recordSuccessfulLogin();
        }
        return AuthenticationOutcome.success(user.getEmail(), user.getRole().groups());
    }

    @PermitAll
    public AuthenticationOutcome authenticateToken(String token) {
        if (token == null || !token.startsWith(TokenDigest.PREFIX)) {
            return AuthenticationOutcome.invalid();
        }
        String hash = TokenDigest.sha256(token);
        // Native on purpose: the token tells which company it belongs to.
        @SuppressWarnings("unchecked")
        List<Number> companies = em.createNativeQuery("select company_id from api_token where token_hash = ?1")
                .setParameter(1, hash)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getResultList();
        if (companies.isEmpty()) {
            return AuthenticationOutcome.invalid();
        }
        TenantScope.enter(em, companies.get(0).longValue());
        ApiToken apiToken = em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
                .setParameter("hash", hash)
                .getSingleResult();
        StaffUser owner = apiToken.getOwner();
        if (apiToken.isRevoked() || !owner.isActive()) {
            return AuthenticationOutcome.invalid();
        }
        apiToken.markUsed(LocalDateTime.now());
        return AuthenticationOutcome.success(owner.getEmail(), owner.getRole().groups());
    }
}
