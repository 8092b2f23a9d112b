package br.com.clientela.security.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.persistence.config.QueryHints;

/**
 * Counts sign-in attempts per e-mail (known or not: an unknown e-mail gets exactly the answers a real one
 * does) and per client address, in the login_throttle table, and blocks a subject that reached its limit.
 * <p>
 * An attempt is counted <em>before</em> its password is tested, with one atomic UPDATE committed in a
 * transaction of its own, so concurrent guesses queue on the row and never test more passwords than the
 * limit allows (the old read-check-increment on the versioned staff_user row let 60 concurrent guesses test
 * 24 passwords and answered most of them with a 500). A right password gives the attempt back: the e-mail's
 * count starts again, the address's count goes down by one. A count older than the lock duration is
 * forgotten.
 * <p>
 * Native SQL on purpose: the counters belong to no company and must not bump an entity version.
 */
@Stateless
@PermitAll
public class LoginThrottle {

    static final String ACCOUNT = "account:";
    static final String ADDRESS = "address:";

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Inject
    LoginLockout limits;

    /** An attempt counted for one e-mail from one address: allowed to test its password, or refused until a time. */
    public record Attempt(String account, int accountCount, String address, int addressCount,
            LocalDateTime refusedUntil) {

        public boolean refused() {
            return refusedUntil != null;
        }
    }

    /** The subject under which an e-mail typed at sign-in is counted (lower-case, cut to the longest e-mail). */
    public static String accountSubject(String email) {
        String login = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return ACCOUNT + (login.length() > 254 ? login.substring(0, 254) : login);
    }

    static String addressSubject(String address) {
        String ip = address == null || address.isBlank() ? "unknown" : address.trim();
        return ADDRESS + (ip.length() > 100 ? ip.substring(0, 100) : ip);
    }

    /** Counts an attempt (address first, then e-mail: one order for everybody, so no deadlock). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Attempt count(String email, String clientAddress, LocalDateTime now) {
        String address = addressSubject(clientAddress);
        String account = accountSubject(email);
        Counted byAddress = increment(address, now);
        Optional<LocalDateTime> addressBlock = refusal(address, byAddress, limits.addressMaxFailures(), now);
        if (addressBlock.isPresent()) {
            return new Attempt(account, 0, address, byAddress.failures, addressBlock.get());
        }
        Counted byAccount = increment(account, now);
        Optional<LocalDateTime> accountBlock = refusal(account, byAccount, limits.maxFailures(), now);
        if (accountBlock.isPresent()) {
            // No password was tested: the address is not charged for it.
            giveBack(address);
            return new Attempt(account, byAccount.failures, address, byAddress.failures - 1, accountBlock.get());
        }
        return new Attempt(account, byAccount.failures, address, byAddress.failures, null);
    }

    /**
     * The attempt's password was wrong: it stays counted, and the attempt that reached a limit blocks its
     * subject. Gives the end of the block, if one now applies.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<LocalDateTime> failed(Attempt attempt, LocalDateTime now) {
        Optional<LocalDateTime> address = attempt.addressCount() >= limits.addressMaxFailures()
                ? block(attempt.address(), now) : Optional.empty();
        Optional<LocalDateTime> account = attempt.accountCount() >= limits.maxFailures()
                ? block(attempt.account(), now) : Optional.empty();
        return Stream.of(address, account).flatMap(Optional::stream).max(LocalDateTime::compareTo);
    }

    /** The attempt's password was right: the e-mail starts again from nothing, the address gets it back. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeeded(Attempt attempt) {
        giveBack(attempt.address());
        sql("update login_throttle set failures = 0, blocked_until = null where subject = ?1", attempt.account())
                .executeUpdate();
    }

    /** Lifts the block and the count of an e-mail (an ADMIN reset its password). Joins the caller's transaction. */
    @PermitAll
    public void forgiveAccount(String email) {
        forgive(accountSubject(email));
    }

    /** Deletes the counts nobody needs any more: window over and no block in force. Gives how many. */
    @PermitAll
    public int forgetOld(LocalDateTime now) {
        return sql("delete from login_throttle where window_started_at <= ?1"
                + " and (blocked_until is null or blocked_until <= ?2)",
                Timestamp.valueOf(now.minus(limits.lockDuration())), Timestamp.valueOf(now)).executeUpdate();
    }

    private void forgive(String subject) {
        sql("delete from login_throttle where subject = ?1", subject).executeUpdate();
    }

    private Counted increment(String subject, LocalDateTime now) {
        Timestamp at = Timestamp.valueOf(now);
        Timestamp windowStart = Timestamp.valueOf(now.minus(limits.lockDuration()));
        int updated = 0;
        // A count deleted between the insert and the update (an ADMIN's reset, the hourly clean-up) is made again.
        for (int tries = 0; updated == 0 && tries < 3; tries++) {
            // ON CONFLICT DO NOTHING without a target (H2 in PostgreSQL mode refuses one): two first attempts
            // racing both end up updating the one row.
            sql("insert into login_throttle (subject, failures, window_started_at) values (?1, 0, ?2)"
                    + " on conflict do nothing", subject, at).executeUpdate();
            // One statement, so the count is exact however many attempts arrive at once; an ended block or an
            // old window starts the count again. The row stays locked until this transaction commits.
            updated = sql("update login_throttle set"
                    + " failures = case when blocked_until <= ?1 or (blocked_until is null and window_started_at <= ?2)"
                    + " then 1 else failures + 1 end,"
                    + " window_started_at = case when blocked_until <= ?1"
                    + " or (blocked_until is null and window_started_at <= ?2) then ?1 else window_started_at end,"
                    + " blocked_until = case when blocked_until <= ?1 then null else blocked_until end"
                    + " where subject = ?3", at, windowStart, subject).executeUpdate();
        }
        Object[] row = (Object[]) sql("select failures, blocked_until from login_throttle where subject = ?1",
                subject).getSingleResult();
        return new Counted(((Number) row[0]).intValue(), toLocalDateTime(row[1]));
    }

    /** The end of the refusal a count means: an existing block, or a new one when over the limit. */
    private Optional<LocalDateTime> refusal(String subject, Counted counted, int limit, LocalDateTime now) {
        if (counted.blockedUntil() != null) {
            return Optional.of(counted.blockedUntil());
        }
        return counted.failures() > limit ? block(subject, now) : Optional.empty();
    }

    private void giveBack(String subject) {
        sql("update login_throttle set failures = failures - 1 where subject = ?1 and failures > 0", subject)
                .executeUpdate();
    }

    /**
     * Blocks a subject from now for the lock duration, unless a block is already in force (then that one
     * stands). Gives the end of the block, or nothing when the count was lifted meanwhile (a right password,
     * an ADMIN's reset).
     */
    private Optional<LocalDateTime> block(String subject, LocalDateTime now) {
        LocalDateTime until = now.plus(limits.lockDuration());
        sql("update login_throttle set blocked_until = ?1 where subject = ?2 and blocked_until is null",
                Timestamp.valueOf(until), subject).executeUpdate();
        List<?> blocked = sql("select blocked_until from login_throttle where subject = ?1", subject)
                .getResultList();
        return blocked.isEmpty() ? Optional.empty() : Optional.ofNullable(toLocalDateTime(blocked.get(0)));
    }

    private Query sql(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    private static LocalDateTime toLocalDateTime(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }

    /** A subject's count after this attempt, and the block it is under, if any. */
    private record Counted(int failures, LocalDateTime blockedUntil) {
    }
}
