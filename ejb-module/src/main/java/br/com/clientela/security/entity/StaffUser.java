package br.com.clientela.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Locale;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A person who works in a company's back office. Belongs to one company (the tenant column is filled by
 * EclipseLink); the e-mail is the login name and unique across Clientela, stored lower-case.
 */
@Entity
@Table(name = "staff_user")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
@NamedQuery(name = "StaffUser.findByEmail", query = "select u from StaffUser u where u.email = :email")
@NamedQuery(name = "StaffUser.findAll", query = "select u from StaffUser u order by u.name")
@NamedQuery(name = "StaffUser.countByEmail", query = "select count(u) from StaffUser u where u.email = :email")
public class StaffUser {

    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 120;

    @Id
    @SequenceGenerator(name = "staff_user_seq", sequenceName = "staff_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_user_seq")
    private Long id;

    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Role role;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    /**
     * Bumped whenever the password, the role or the active flag changes: a session signed in with an older
     * value no longer counts (the back office checks it on every request).
     */
    @Column(name = "credentials_version", nullable = false)
    private long credentialsVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected StaffUser() {
    }

    public StaffUser(String email, String name, Role role, String passwordHash) {
        this.email = normalizeEmail(email);
        this.name = name.trim();
        this.role = role;
        this.passwordHash = passwordHash;
    }

    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    @PrePersist
    void stampCreation() {
        createdAt = LocalDateTime.now();
    }

    /** A new password ends every session signed in with the old one. */
    public void changePassword(String newHash) {
        passwordHash = newHash;
        credentialsVersion++;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name.trim();
    }

    public Role getRole() {
        return role;
    }

    /** A different role ends the member's open sessions, so they never act with the old one. */
    public void setRole(Role role) {
        if (this.role != role) {
            credentialsVersion++;
        }
        this.role = role;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    /** Deactivating (or reactivating) ends the member's open sessions. */
    public void setActive(boolean active) {
        if (this.active != active) {
            credentialsVersion++;
        }
        this.active = active;
    }

    public long getCredentialsVersion() {
        return credentialsVersion;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
