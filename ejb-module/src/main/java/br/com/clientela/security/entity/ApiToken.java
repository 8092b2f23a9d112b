package br.com.clientela.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A bearer token for the REST API, created by an ADMIN and acting as that staff member. Only the SHA-256
 * of the token is kept; the token itself is shown once, when created. Its last use is written by
 * StaffAuthentication with a direct UPDATE (at most once a minute), never through this entity, so using a
 * token never bumps its version.
 */
@Entity
@Table(name = "api_token")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
@NamedQuery(name = "ApiToken.findByHash", query = "select t from ApiToken t join fetch t.owner where t.tokenHash = :hash")
public class ApiToken {

    public static final int NAME_MAX = 80;

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_user_id", nullable = false)
    private StaffUser owner;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(nullable = false)
    private boolean revoked;

    @Version
    private long version;

    protected ApiToken() {
    }

    public ApiToken(StaffUser owner, String name, String tokenHash) {
        this.owner = owner;
        this.name = name.trim();
        this.tokenHash = tokenHash;
    }

    @PrePersist
    void stampCreation() {
        createdAt = LocalDateTime.now();
    }

    public void revoke() {
        revoked = true;
    }

    public Long getId() {
        return id;
    }

    public StaffUser getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public boolean isRevoked() {
        return revoked;
    }
}
