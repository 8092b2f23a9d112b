package br.com.clientela.companies.entity;

import br.com.clientela.shared.documents.Cnpj;
import br.com.clientela.shared.documents.ValidCnpj;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * A business using Clientela: the tenant. Not multitenant itself; every tenant-owned entity carries its id.
 * The slug names the company in public addresses (the portal's /portal/{slug}).
 */
@Entity
@NamedQuery(name = "Company.findBySlug", query = "select c from Company c where c.slug = :slug")
public class Company {

    public static final int SLUG_MAX = 40;
    public static final int NAME_MAX = 150;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 20;
    public static final int PIX_KEY_MAX = 77;
    public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    /** The 26 states and the Distrito Federal. */
    public static final String STATE_PATTERN = "AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO";
    /** The same UFs as a list, for the forms' selects. */
    public static final java.util.List<String> STATES = java.util.List.of(STATE_PATTERN.split("\\|"));

    @Id
    @SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
    private Long id;

    @NotBlank(message = "{clientela.company.slug.required}")
    @Size(max = SLUG_MAX, message = "{clientela.size.max}")
    @Pattern(regexp = SLUG_PATTERN, message = "{clientela.company.slug.pattern}")
    @Column(nullable = false, length = SLUG_MAX)
    private String slug;

    @NotBlank(message = "{clientela.company.legalName.required}")
    @Size(max = NAME_MAX, message = "{clientela.size.max}")
    @Column(name = "legal_name", nullable = false, length = NAME_MAX)
    private String legalName;

    @Size(max = NAME_MAX, message = "{clientela.size.max}")
    @Column(name = "trade_name", length = NAME_MAX)
    private String tradeName;

    @ValidCnpj
    @Column(length = 14)
    private String cnpj;

    @Email(message = "{clientela.email.invalid}")
    @Size(max = EMAIL_MAX, message = "{clientela.size.max}")
    @Column(length = EMAIL_MAX)
    private String email;

    @Size(max = PHONE_MAX, message = "{clientela.size.max}")
    @Column(length = PHONE_MAX)
    private String phone;

    @Pattern(regexp = "[0-9]{8}", message = "{clientela.postalCode.invalid}")
    @Column(name = "postal_code", length = 8)
    private String postalCode;

    @Size(max = 150, message = "{clientela.size.max}")
    private String street;

    @Size(max = 20, message = "{clientela.size.max}")
    @Column(name = "street_number", length = 20)
    private String streetNumber;

    @Size(max = 80, message = "{clientela.size.max}")
    private String complement;

    @Size(max = 80, message = "{clientela.size.max}")
    private String district;

    @Size(max = 80, message = "{clientela.size.max}")
    private String city;

    @Pattern(regexp = STATE_PATTERN, message = "{clientela.state.invalid}")
    @Column(length = 2)
    private String state;

    @Size(max = PIX_KEY_MAX, message = "{clientela.size.max}")
    @Column(name = "pix_key", length = PIX_KEY_MAX)
    private String pixKey;

    @Basic(fetch = FetchType.LAZY)
    private byte[] logo;

    @Column(name = "logo_content_type", length = 20)
    private String logoContentType;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected Company() {
    }

    public Company(String slug, String legalName) {
        this.slug = slug;
        this.legalName = legalName;
    }

    @PrePersist
    void stampCreation() {
        createdAt = LocalDateTime.now();
    }

    /** Name shown to people: the trade name when there is one. */
    public String displayName() {
        return tradeName == null || tradeName.isBlank() ? legalName : tradeName;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getTradeName() {
        return tradeName;
    }

    public void setTradeName(String tradeName) {
        this.tradeName = tradeName;
    }

    public String getCnpj() {
        return cnpj;
    }

    public void setCnpj(String cnpj) {
        this.cnpj = cnpj == null || cnpj.isBlank() ? null : Cnpj.normalize(cnpj);
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

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode == null || postalCode.isBlank() ? null : postalCode.replaceAll("\\D", "");
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getStreetNumber() {
        return streetNumber;
    }

    public void setStreetNumber(String streetNumber) {
        this.streetNumber = streetNumber;
    }

    public String getComplement() {
        return complement;
    }

    public void setComplement(String complement) {
        this.complement = complement;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getPixKey() {
        return pixKey;
    }

    public void setPixKey(String pixKey) {
        this.pixKey = pixKey;
    }

    public byte[] getLogo() {
        return logo;
    }

    public String getLogoContentType() {
        return logoContentType;
    }

    public void replaceLogo(byte[] image, String contentType) {
        this.logo = image;
        this.logoContentType = contentType;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** Changes on every save: the version a form or an API client read (see RecordVersions). */
    public long getVersion() {
        return version;
    }
}
