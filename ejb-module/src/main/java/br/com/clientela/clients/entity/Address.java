package br.com.clientela.clients.entity;

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
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One of a client's addresses (principal, entrega, cobrança); the CEP is stored as 8 digits. */
@Entity
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class Address {

    @Id
    @SequenceGenerator(name = "address_seq", sequenceName = "address_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "address_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private Client client;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AddressType type;

    @Column(name = "postal_code", length = 8)
    private String postalCode;

    @Column(length = 150)
    private String street;

    @Column(name = "street_number", length = 20)
    private String number;

    @Column(length = 80)
    private String complement;

    @Column(length = 80)
    private String district;

    @Column(length = 80)
    private String city;

    @Column(length = 2)
    private String state;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Address() {
    }

    public Address(AddressType type, String postalCode, String street, String number, String complement,
            String district, String city, String state, boolean active) {
        this.type = type;
        this.postalCode = postalCode;
        this.street = street;
        this.number = number;
        this.complement = complement;
        this.district = district;
        this.city = city;
        this.state = state;
        this.active = active;
    }

    /** A new address with the same values, for another client. */
    public Address copy() {
        return new Address(type, postalCode, street, number, complement, district, city, state, active);
    }

    void belongTo(Client owner) {
        this.client = owner;
    }

    public Long getId() {
        return id;
    }

    public AddressType getType() {
        return type;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getStreet() {
        return street;
    }

    public String getNumber() {
        return number;
    }

    public String getComplement() {
        return complement;
    }

    public String getDistrict() {
        return district;
    }

    public String getCity() {
        return city;
    }

    public String getState() {
        return state;
    }

    public boolean isActive() {
        return active;
    }

    /** "Rua X, 10 - Bairro, Cidade/UF" for histories and lists. */
    public String summary() {
        return String.join(" ", java.util.stream.Stream.of(type.name(), postalCode, street, number, complement,
                district, city, state).filter(v -> v != null && !v.isBlank()).toList());
    }
}
