package br.com.clientela.clients.entity;

import br.com.clientela.centers.entity.Center;
import br.com.clientela.clients.control.ClientSearchText;
import br.com.clientela.groups.entity.ClientGroup;
import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.payments.entity.PaymentTerm;
import br.com.clientela.security.entity.StaffUser;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
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
 * <p>
 * The center and the owner are entities of the same company: the multitenant lookup that finds them (and the
 * foreign keys) cannot reach another company's. {@code selfManaged} marks data the client typed themselves
 * (portal, forms): staff then change only the fee, status, groups, owner and observations.
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
    public static final int PROFILE_MAX = 200;

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

    /** A second phone, normalised like {@link #phone}. */
    @Column(name = "other_phone", length = 20)
    private String otherPhone;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    /** Perfil do cliente: a short free description ("tutor de dois gatos", "prefere manhãs"). */
    @Column(length = PROFILE_MAX)
    private String profile;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_payment_method", length = 10)
    private PaymentMethod preferredPaymentMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_term", length = 10)
    private PaymentTerm paymentTerm;

    /**
     * What the client has paid so far and when they first paid: kept by a single UPDATE in the payment's
     * transaction (ClientSpending), so the list sorts and sums on a column instead of adding up payments per row.
     */
    @Column(name = "total_spent", nullable = false, precision = 14, scale = 2)
    private BigDecimal totalSpent = new BigDecimal("0.00");

    @Column(name = "first_purchase_at")
    private LocalDateTime firstPurchaseAt;

    /** Valor padrão por sessão/serviço, in reais with two decimals. */
    @Column(name = "default_fee", precision = 12, scale = 2)
    private BigDecimal defaultFee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "center_id")
    private Center center;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private StaffUser owner;

    @Embedded
    private Guardian guardian;

    @Column(name = "self_managed", nullable = false)
    private boolean selfManaged;

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

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Contact> contacts = new ArrayList<>();

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<EmergencyContact> emergencyContacts = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "client_group_member", joinColumns = @JoinColumn(name = "client_id"),
            inverseJoinColumns = @JoinColumn(name = "group_id"))
    private Set<ClientGroup> groups = new HashSet<>();

    /** The name without accents or case, so "same name and birth date" is an indexed equality. */
    @Column(name = "name_key", length = NAME_MAX)
    private String nameKey;

    /** The e-mail in lower case, so "same e-mail" is an indexed equality whatever case it was typed in. */
    @Column(name = "email_key", length = EMAIL_MAX)
    private String emailKey;

    @Column(name = "search_text", length = 1000)
    private String searchText;

    @Column(name = "deleted_at")
    private LocalDateTime deletedAt;

    /** Set when the client was anonymised instead of deleted for good (it has money records): out of the trash too. */
    @Column(name = "anonymised_at")
    private LocalDateTime anonymisedAt;

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
        emailKey = email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        searchText = ClientSearchText.of(this);
        nameKey = ClientSearchText.nameKey(name);
        emailKey = email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public LifecycleStage stage() {
        return LifecycleStage.of(status, firstPurchaseAt);
    }

    /** Everything the client has paid (invoice payments and orders in a paid status), kept by ClientSpending. */
    public BigDecimal getTotalSpent() {
        return totalSpent;
    }

    public LocalDateTime getFirstPurchaseAt() {
        return firstPurchaseAt;
    }

    /** A merge: what the loser paid counts for the winner, who was a customer since the earlier first purchase. */
    public void takeSpendingOf(Client loser) {
        totalSpent = totalSpent.add(loser.totalSpent);
        if (loser.firstPurchaseAt != null && (firstPurchaseAt == null || loser.firstPurchaseAt.isBefore(firstPurchaseAt))) {
            firstPurchaseAt = loser.firstPurchaseAt;
        }
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

    /**
     * What is left of a client whose money records the law requires to keep (LGPD art. 16): the id and what the
     * company needs of its own (kind, fee, spending), named "Cliente anonimizado #id", every personal datum
     * cleared, inactive and out of every list, search and the trash.
     */
    public void anonymise(LocalDateTime now) {
        name = "Cliente anonimizado #" + id;
        tradeName = null;
        document = null;
        email = null;
        phone = null;
        otherPhone = null;
        birthDate = null;
        profile = null;
        origin = null;
        observations = null;
        guardian = null;
        owner = null;
        selfManaged = false;
        status = ClientStatus.INACTIVE;
        addresses.clear();
        contacts.clear();
        emergencyContacts.clear();
        groups.clear();
        if (deletedAt == null) {
            deletedAt = now;
        }
        anonymisedAt = now;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
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

    public void replaceContacts(List<Contact> replacement) {
        contacts.clear();
        for (Contact contact : replacement) {
            contact.belongTo(this);
            contacts.add(contact);
        }
    }

    public void replaceEmergencyContacts(List<EmergencyContact> replacement) {
        emergencyContacts.clear();
        for (EmergencyContact contact : replacement) {
            contact.belongTo(this);
            emergencyContacts.add(contact);
        }
    }

    /** Whether the client is under 18 today, by the birth date (unknown: not a minor). */
    public boolean isMinor(LocalDate today) {
        return kind == ClientKind.PERSON && Guardian.isMinor(birthDate, today);
    }

    /** Copies of the other client's addresses become this client's too (merging two records of one client). */
    public void takeAddressesOf(Client other) {
        for (Address address : other.addresses) {
            addAddress(address.copy());
        }
    }

    /** Copies of the other client's contacts and emergency contacts become this client's too. */
    public void takeContactsOf(Client other) {
        for (Contact contact : other.contacts) {
            Contact copy = new Contact(contact.getName(), contact.getRole(), contact.getPhone(), contact.getEmail());
            copy.belongTo(this);
            contacts.add(copy);
        }
        for (EmergencyContact contact : other.emergencyContacts) {
            EmergencyContact copy = new EmergencyContact(contact.getName(), contact.getPhone(), contact.getRelationship());
            copy.belongTo(this);
            emergencyContacts.add(copy);
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

    public String getOtherPhone() {
        return otherPhone;
    }

    public void setOtherPhone(String otherPhone) {
        this.otherPhone = otherPhone;
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public PaymentMethod getPreferredPaymentMethod() {
        return preferredPaymentMethod;
    }

    public void setPreferredPaymentMethod(PaymentMethod preferredPaymentMethod) {
        this.preferredPaymentMethod = preferredPaymentMethod;
    }

    public PaymentTerm getPaymentTerm() {
        return paymentTerm;
    }

    public void setPaymentTerm(PaymentTerm paymentTerm) {
        this.paymentTerm = paymentTerm;
    }

    public BigDecimal getDefaultFee() {
        return defaultFee;
    }

    public void setDefaultFee(BigDecimal defaultFee) {
        this.defaultFee = defaultFee;
    }

    public Center getCenter() {
        return center;
    }

    public void setCenter(Center center) {
        this.center = center;
    }

    public StaffUser getOwner() {
        return owner;
    }

    public void setOwner(StaffUser owner) {
        this.owner = owner;
    }

    /** The legal guardian, or null when there is none. */
    public Guardian getGuardian() {
        return guardian == null || guardian.isEmpty() ? null : guardian;
    }

    public void setGuardian(Guardian guardian) {
        this.guardian = guardian;
    }

    public boolean isSelfManaged() {
        return selfManaged;
    }

    public void setSelfManaged(boolean selfManaged) {
        this.selfManaged = selfManaged;
    }

    public List<Contact> getContacts() {
        return contacts;
    }

    public List<EmergencyContact> getEmergencyContacts() {
        return emergencyContacts;
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

    public LocalDateTime getAnonymisedAt() {
        return anonymisedAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** Changes on every save (see RecordVersions): the version a form or an API client read. */
    public long getVersion() {
        return version;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
