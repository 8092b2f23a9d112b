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

/**
 * Someone to talk to about the client (a company's buyer, a patient's spouse): name, role, phone (+55 with
 * DDD) and e-mail. Belongs to one client; a merge moves it to the winner with {@link #belongTo(Client)}.
 */
@Entity
@Table(name = "client_contact")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class Contact {

    public static final int NAME_MAX = 120;
    public static final int ROLE_MAX = 60;

    @Id
    @SequenceGenerator(name = "client_contact_seq", sequenceName = "client_contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_contact_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private Client client;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = ROLE_MAX)
    private String role;

    @Column(length = 20)
    private String phone;

    @Column(length = Client.EMAIL_MAX)
    private String email;

    @Version
    private long version;

    protected Contact() {
    }

    public Contact(String name, String role, String phone, String email) {
        this.name = name;
        this.role = role;
        this.phone = phone;
        this.email = email;
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

    public String getRole() {
        return role;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    /** "Ana (compras) +5511987654321 ana@x.com" for the history. */
    public String summary() {
        return Stream.of(name, role == null ? null : "(" + role + ")", phone, email)
                .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(" "));
    }
}
