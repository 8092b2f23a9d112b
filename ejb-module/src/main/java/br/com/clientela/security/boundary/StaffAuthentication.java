package br.com.clientela.security.boundary;

import br.com.clientela.security.control.LoginThrottle;
import br.com.clientela.security.control.PasswordHashing;
import br.com.clientela.security.control.TokenDigest;
import br.com.clientela.security.entity.Role;
import br.com.clientela.security.entity.StaffUser;
import br.com.clientela.shared.tenancy.CallerCompany;
import br.com.clientela.shared.tenancy.TenantScope;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;

/**
 * Checks staff credentials for the identity stores of the web modules, and whether a signed-in session still
 * stands. Open to everyone because it runs before anyone is signed in. Sign-in attempts are counted and
 * throttled per e-mail and per client address by {@link LoginThrottle}, in transactions of their own, so this
 * one only reads and a failure is an outcome, not an exception.
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

    @EJB
    LoginThrottle throttle;

    /** Checks an e-mail and password typed at {@code clientAddress} (the caller's IP). */
    @PermitAll
    public AuthenticationOutcome authenticate(String email, String password, String clientAddress) {
        LocalDateTime now = LocalDateTime.now();
        LoginThrottle.Attempt attempt = throttle.count(email, clientAddress, now);
        if (attempt.refused()) {
            return AuthenticationOutcome.throttled(attempt.refusedUntil());
        }
        AuthenticationOutcome outcome = check(StaffUser.normalizeEmail(email), password);
        if (outcome.status() == AuthenticationOutcome.Status.INVALID) {
            return throttle.failed(attempt, now).map(AuthenticationOutcome::throttled).orElse(outcome);
        }
        throttle.succeeded(attempt);
        return outcome;
    }

    private AuthenticationOutcome check(String login, String password) {
        Optional<Long> company = callerCompany.ofStaff(login);
        if (company.isEmpty() || password == null) {
            passwords.checkAgainstDecoy(password);
            return AuthenticationOutcome.invalid();
        }
        TenantScope.enter(em, company.get());
        StaffUser user = em.createNamedQuery("StaffUser.findByEmail", StaffUser.class)
                .setParameter("email", login)
                .getSingleResult();
        if (!passwords.matches(password, user.getPasswordHash())) {
            return AuthenticationOutcome.invalid();
        }
        if (!user.isActive()) {
            return AuthenticationOutcome.inactive();
        }
        return AuthenticationOutcome.success(user.getEmail(), user.getRole().groups(), user.getCredentialsVersion());
    }

    /**
     * Whether a session signed in as {@code email} with {@code credentialsVersion} still stands: the account
     * is active and its password, role and active flag have not changed since. One query on the unique e-mail.
     */
    @PermitAll
    public boolean sessionStands(String email, long credentialsVersion) {
        // Native on purpose: the caller's company is not known before this check.
        List<?> found = em.createNativeQuery("select id from staff_user where email = ?1 and active = true"
                + " and credentials_version = ?2")
                .setParameter(1, email)
                .setParameter(2, credentialsVersion)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getResultList();
        return !found.isEmpty();
    }

    /**
     * Checks an API token: it acts as its owner, with the owner's current role, while neither the token is
     * revoked nor the owner deactivated. Its last use is recorded at most once a minute by a direct UPDATE
     * (no entity version), so parallel requests with one token never conflict.
     */
    @PermitAll
    public AuthenticationOutcome authenticateToken(String token) {
        if (token == null || !token.startsWith(TokenDigest.PREFIX)) {
            return AuthenticationOutcome.invalid();
        }
        // Native on purpose: the token tells which company it belongs to.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.id, t.revoked, u.email, u.role, u.active,"
                + " u.credentials_version from api_token t join staff_user u on u.id = t.staff_user_id"
                + " where t.token_hash = ?1")
                .setParameter(1, TokenDigest.sha256(token))
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getResultList();
        if (rows.isEmpty()) {
            return AuthenticationOutcome.invalid();
        }
        Object[] row = rows.get(0);
        if (Boolean.TRUE.equals(row[1]) || !Boolean.TRUE.equals(row[4])) {
            return AuthenticationOutcome.invalid();
        }
        recordUse(((Number) row[0]).longValue(), LocalDateTime.now());
        return AuthenticationOutcome.success((String) row[2], Role.valueOf((String) row[3]).groups(),
                ((Number) row[5]).longValue());
    }

    private void recordUse(long tokenId, LocalDateTime now) {
        em.createNativeQuery("update api_token set last_used_at = ?1 where id = ?2"
                + " and (last_used_at is null or last_used_at < ?3)")
                .setParameter(1, Timestamp.valueOf(now))
                .setParameter(2, tokenId)
                .setParameter(3, Timestamp.valueOf(now.minusMinutes(1)))
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .executeUpdate();
    }
}
