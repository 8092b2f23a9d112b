package br.com.clientela.clients.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** Whom to call when something happens to the client (contato de emergência): name, phone, relationship. */
@Entity
@Table(name = "emergency_contact")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class EmergencyContact {

    public static final int NAME_MAX = 120;
    public static final int RELATIONSHIP_MAX = 60;

    @Id
    @SequenceGenerator(name = "emergency_contact_seq", sequenceName = "emergency_contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "emergency_contact_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private Client client;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    /** +55 with DDD. */
    @Column(nullable = false, length = 20)
    private String phone;

    @Column(length = RELATIONSHIP_MAX)
    private String relationship;

    @Version
    private long version;

    protected EmergencyContact() {
    }

    public EmergencyContact(String name, String phone, String relationship) {
        this.name = name;
        this.phone = phone;
        this.relationship = relationship;
    }

    public void belongTo(Client owner) {
        this.client = owner;
    }

    public Long getId() {
        return id;
    }

    public Client getClient() {
        return client;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getRelationship() {
        return relationship;
    }

    /** "Maria (mãe) +5511987654321" for the history. */
    public String summary() {
        return Stream.of(name, relationship == null ? null : "(" + relationship + ")", phone)
                .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(" "));
    }
}
