package br.com.clientela.rewards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One line of a client's points ledger: a grant (positive) or a redemption or expiry (negative). Only a grant's
 * {@code remaining} ever changes after it is written: it is what is still unused of it, taken by redemptions
 * (oldest grants first) and set to zero when the grant expires (an EXPIRE line records it). The available balance
 * is the sum of the remaining points of the grants not past their expiry date. {@code referenceKey}, unique per
 * company, makes automatic grants and redemptions happen once: "PAYMENT:INVOICE_PAYMENT:12", "WELCOME:7",
 * "BIRTHDAY:7:2026", "REDEEM:&lt;idempotency key&gt;".
 */
@Entity
@Table(name = "reward_entry")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class RewardEntry {

    public static final int REASON_MAX = 200;
    public static final int REFERENCE_MAX = 120;

    @Id
    @SequenceGenerator(name = "reward_entry_seq", sequenceName = "reward_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reward_entry_seq")
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(nullable = false, updatable = false)
    private int points;

    @Column(nullable = false)
    private int remaining;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private RewardKind kind;

    @Column(updatable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "expires_at", updatable = false)
    private LocalDate expiresAt;

    @Column(nullable = false, updatable = false, length = 254)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(name = "reference_key", updatable = false, length = REFERENCE_MAX)
    private String referenceKey;

    protected RewardEntry() {
    }

    private RewardEntry(Long clientId, int points, RewardKind kind, String reason, LocalDate expiresAt, String actor,
            String referenceKey) {
        this.clientId = clientId;
        this.points = points;
        this.remaining = points > 0 ? points : 0;
        this.kind = kind;
        this.reason = reason;
        this.expiresAt = expiresAt;
        this.actor = actor;
        this.at = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        this.referenceKey = referenceKey;
    }

    /** Points given to the client, all of them still unused. */
    public static RewardEntry grant(Long clientId, int points, RewardKind kind, String reason, LocalDate expiresAt,
            String actor, String referenceKey) {
        if (points <= 0 || !kind.isGrant()) {
            throw new IllegalArgumentException("A grant adds points: " + points + " " + kind);
        }
        return new RewardEntry(clientId, points, kind, reason, expiresAt, actor, referenceKey);
    }

    /** Points taken away (REDEEM or EXPIRE), written as a negative line. */
    public static RewardEntry taking(Long clientId, int points, RewardKind kind, String reason, String actor,
            String referenceKey) {
        if (points <= 0 || kind.isGrant()) {
            throw new IllegalArgumentException("Taking points: " + points + " " + kind);
        }
        return new RewardEntry(clientId, -points, kind, reason, null, actor, referenceKey);
    }

    /** Uses {@code points} of what is left of this grant. */
    public void consume(int points) {
        if (points < 0 || points > remaining) {
            throw new IllegalStateException("Grant " + id + " has " + remaining + " points left, not " + points);
        }
        remaining -= points;
    }

    public Long getId() {
        return id;
    }

    public Long getClientId() {
        return clientId;
    }

    public int getPoints() {
        return points;
    }

    public int getRemaining() {
        return remaining;
    }

    public RewardKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getExpiresAt() {
        return expiresAt;
    }

    public String getActor() {
        return actor;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getReferenceKey() {
        return referenceKey;
    }
}
