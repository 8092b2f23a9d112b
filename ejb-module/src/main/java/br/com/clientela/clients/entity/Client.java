package br.com.clientela.clients.entity;

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
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A person or organisation the company serves. The foundation keeps only the first columns (the demo data
 * fills them); the client registry grows the record with addresses, contacts, history and the rest.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
@NamedQuery(name = "Client.count", query = "select count(c) from Client c")
public class Client {

    @Id
    @SequenceGenerator(name = "client_seq", sequenceName = "client_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ClientKind kind;

    @Column(nullable = false, length = 150)
    private String name;

    /** CPF or CNPJ without mask. */
    @Column(length = 14)
    private String document;

    @Column(length = 254)
    private String email;

    /** +55 with DDD, digits only after the plus sign. */
    @Column(length = 20)
    private String phone;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "postal_code", length = 8)
    private String postalCode;

    @Column(length = 80)
    private String city;

    @Column(length = 2)
    private String state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ClientStatus status = ClientStatus.ACTIVE;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected Client() {
    }

    public Client(ClientKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    @PrePersist
    void stampCreation() {
        createdAt = LocalDateTime.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = LocalDateTime.now();
    }

    public void contact(String email, String phone) {
        this.email = email;
        this.phone = phone;
    }

    public void livesAt(String postalCode, String city, String state) {
        this.postalCode = postalCode;
        this.city = city;
        this.state = state;
    }

    public Long getId() {
        return id;
    }

    public ClientKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getState() {
        return state;
    }

    public ClientStatus getStatus() {
        return status;
    }
}
