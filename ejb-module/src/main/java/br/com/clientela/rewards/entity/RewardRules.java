package br.com.clientela.rewards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A company's reward rules (regras de recompensas), one row per company: points per R$ 1,00 paid, the welcome
 * and birthday bonuses (each on/off with its points), how many points buy R$ 1,00 of wallet credit, and how many
 * days a grant lasts when no expiry date is given (none: grants never expire).
 */
@Entity
@Table(name = "reward_rules")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class RewardRules {

    public static final int DEFAULT_RATE = 100;
    public static final int DEFAULT_BONUS = 100;

    @Id
    @SequenceGenerator(name = "reward_rules_seq", sequenceName = "reward_rules_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reward_rules_seq")
    private Long id;

    @Column(name = "earn_enabled", nullable = false)
    private boolean earnEnabled;

    @Column(name = "points_per_real", nullable = false)
    private int pointsPerReal = 1;

    @Column(name = "welcome_enabled", nullable = false)
    private boolean welcomeEnabled;

    @Column(name = "welcome_points", nullable = false)
    private int welcomePoints = DEFAULT_BONUS;

    @Column(name = "birthday_enabled", nullable = false)
    private boolean birthdayEnabled;

    @Column(name = "birthday_points", nullable = false)
    private int birthdayPoints = DEFAULT_BONUS;

    @Column(name = "redemption_rate", nullable = false)
    private int redemptionRate = DEFAULT_RATE;

    @Column(name = "grant_validity_days")
    private Integer grantValidityDays;

    @Version
    private long version;

    /** The defaults every company starts with: every rule off, 100 points for R$ 1,00. */
    public RewardRules() {
    }

    public void change(boolean earnEnabled, int pointsPerReal, boolean welcomeEnabled, int welcomePoints,
            boolean birthdayEnabled, int birthdayPoints, int redemptionRate, Integer grantValidityDays) {
        this.earnEnabled = earnEnabled;
        this.pointsPerReal = pointsPerReal;
        this.welcomeEnabled = welcomeEnabled;
        this.welcomePoints = welcomePoints;
        this.birthdayEnabled = birthdayEnabled;
        this.birthdayPoints = birthdayPoints;
        this.redemptionRate = redemptionRate;
        this.grantValidityDays = grantValidityDays;
    }

    public Long getId() {
        return id;
    }

    public boolean isEarnEnabled() {
        return earnEnabled;
    }

    public int getPointsPerReal() {
        return pointsPerReal;
    }

    public boolean isWelcomeEnabled() {
        return welcomeEnabled;
    }

    public int getWelcomePoints() {
        return welcomePoints;
    }

    public boolean isBirthdayEnabled() {
        return birthdayEnabled;
    }

    public int getBirthdayPoints() {
        return birthdayPoints;
    }

    public int getRedemptionRate() {
        return redemptionRate;
    }

    public Integer getGrantValidityDays() {
        return grantValidityDays;
    }

    /** Changes on every save: the version a form or an API client read (see RecordVersions). */
    public long getVersion() {
        return version;
    }
}
