package br.com.clientela.alerts.entity;

import br.com.clientela.clients.entity.Client;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Something staff must keep in mind about a client (an allergy, a debt, a behaviour). Active alerts show as a
 * banner on the profile and an icon in the list; deactivating keeps the alert for the record.
 */
@Entity
@Table(name = "client_alert")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class ClientAlert {

    public static final int DESCRIPTION_MAX = 500;

    @Id
    @SequenceGenerator(name = "client_alert_seq", sequenceName = "client_alert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_alert_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private Client client;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AlertType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AlertPriority priority;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false, length = 254)
    private String author;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** What raised the alert by itself (e.g. "OVERDUE_INVOICE") and its id; both null when staff wrote it. */
    @Column(name = "source_type", length = 30)
    private String sourceType;

    @Column(name = "source_id")
    private Long sourceId;

    @Version
    private long version;

    protected ClientAlert() {
    }

    public ClientAlert(Client client, String author, LocalDateTime createdAt) {
        this.client = client;
        this.author = author;
        this.createdAt = createdAt;
        this.active = true;
    }

    public void change(AlertType type, AlertPriority priority, String description, boolean active) {
        this.type = type;
        this.priority = priority;
        this.description = description;
        this.active = active;
    }

    /** Marks the alert as raised by the system from {@code sourceType} (and what it points at now). */
    public void raisedBy(String sourceType, Long sourceId) {
        this.sourceType = sourceType;
        this.sourceId = sourceId;
    }

    public String getSourceType() {
        return sourceType;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public void deactivate() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public Client getClient() {
        return client;
    }

    public AlertType getType() {
        return type;
    }

    public AlertPriority getPriority() {
        return priority;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }

    public String getAuthor() {
        return author;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
