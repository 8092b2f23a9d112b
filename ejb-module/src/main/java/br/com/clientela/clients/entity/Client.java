package br.com.clientela.clients.entity;

import br.com.clientela.clients.control.ClientSearchText;
import br.com.clientela.groups.entity.ClientGroup;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A person (CPF) or organisation (CNPJ) the company serves. The document is stored normalised (digits, CNPJ
 * letters upper-case) and the phone as +55 with DDD; the search text is kept by the application so one
 * indexed column answers searches by name, document, phone or e-mail. A trashed client keeps its row with
 * {@code deletedAt} set until it is restored or purged.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
@NamedQuery(name = "Client.count", query = "select count(c) from Client c where c.deletedAt is null")
@NamedQuery(name = "Client.countByDocument",
        query = "select count(c) from Client c where c.document = :document and c.id <> :id")
public class Client {

    public static final int NAME_MAX = 150;
    public static final int EMAIL_MAX = 254;
    public static final int ORIGIN_MAX = 80;
    public static final int OBSERVATIONS_MAX = 2000;

    @Id
    @SequenceGenerator(name = "client_seq", sequenceName = "client_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ClientKind kind;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "trade_name", length = NAME_MAX)
    private String tradeName;

    /** CPF or CNPJ without mask. */
    @Column(length = 14)
    private String document;

    @Column(length = EMAIL_MAX)
    private String email;

    /** +55 with DDD, digits only after the plus sign. */
    @Column(length = 20)
    private String phone;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(length = ORIGIN_MAX)
    private String origin;

    @Column(length = OBSERVATIONS_MAX)
    private String observations;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ClientStatus status = ClientStatus.ACTIVE;

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Address> addresses = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "client_group_member", joinColumns = @JoinColumn(name = "client_id"),
            inverseJoinColumns = @JoinColumn(name = "group_id"))
    private Set<ClientGroup> groups = new HashSet<>();

    /** The name without accents or case, so "same name and birth date" is an indexed equality. */
    @Column(name = "name_key", length = NAME_MAX)
    private String nameKey;

    @Column(name = "search_text", length = 1000)
    private String searchText;

    @Column(name = "deleted_at")
    private LocalDateTime deletedAt;

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
        // Microseconds, as PostgreSQL keeps them, so what a save answers equals what is read back later.
        createdAt = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        updatedAt = createdAt;
        searchText = ClientSearchText.of(this);
        nameKey = ClientSearchText.nameKey(name);
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        searchText = ClientSearchText.of(this);
        nameKey = ClientSearchText.nameKey(name);
    }

    public LifecycleStage stage() {
        return LifecycleStage.of(status);
    }

    public boolean isTrashed() {
        return deletedAt != null;
    }

    public void moveToTrash(LocalDateTime now) {
        deletedAt = now;
    }

    public void restore() {
        deletedAt = null;
    }

    public void contact(String email, String phone) {
        this.email = email;
        this.phone = phone;
    }

    public void replaceAddresses(List<Address> replacement) {
        addresses.clear();
        for (Address address : replacement) {
            address.belongTo(this);
            addresses.add(address);
        }
    }

    /** Copies of the other client's addresses become this client's too (merging two records of one client). */
    public void takeAddressesOf(Client other) {
        for (Address address : other.addresses) {
            addAddress(address.copy());
        }
    }

    /** The other client's groups become this client's too; the other leaves them. */
    public void takeGroupsOf(Client other) {
        groups.addAll(other.groups);
        other.groups.clear();
    }

    public void addAddress(Address address) {
        address.belongTo(this);
        addresses.add(address);
    }

    public Long getId() {
        return id;
    }

    public ClientKind getKind() {
        return kind;
    }

    public void setKind(ClientKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTradeName() {
        return tradeName;
    }

    public void setTradeName(String tradeName) {
        this.tradeName = tradeName;
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

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getObservations() {
        return observations;
    }

    public void setObservations(String observations) {
        this.observations = observations;
    }

    public ClientStatus getStatus() {
        return status;
    }

    public void setStatus(ClientStatus status) {
        this.status = status;
    }

    public Set<ClientGroup> getGroups() {
        return groups;
    }

    /** @return whether the client was not in the group yet */
    public boolean joinGroup(ClientGroup group) {
        return groups.add(group);
    }

    /** @return whether the client was in the group */
    public boolean leaveGroup(ClientGroup group) {
        return groups.remove(group);
    }

    public List<Address> getAddresses() {
        return addresses;
    }

    public String getSearchText() {
        return searchText;
    }

    public LocalDateTime getDeletedAt() {
        return deletedAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
