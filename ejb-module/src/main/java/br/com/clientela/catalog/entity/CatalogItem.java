package br.com.clientela.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A service or product the company sells, with its unit price, offered to quotes, orders and invoices (which
 * copy name and price into their lines, so changing the catalog never rewrites a document already issued).
 * Never deleted, only deactivated, for the same reason.
 */
@Entity
@Table(name = "catalog_item")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class CatalogItem {

    public static final int NAME_MAX = 120;
    public static final int CODE_MAX = 30;

    @Id
    @SequenceGenerator(name = "catalog_item_seq", sequenceName = "catalog_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_item_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CatalogItemKind kind;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    /** The company's own code (SKU, internal reference); optional, unique in the company when given. */
    @Column(length = CODE_MAX)
    private String code;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected CatalogItem() {
    }

    public CatalogItem(CatalogItemKind kind, String name, String code, BigDecimal unitPrice) {
        change(kind, name, code, unitPrice);
    }

    public final void change(CatalogItemKind kind, String name, String code, BigDecimal unitPrice) {
        this.kind = kind;
        this.name = name;
        this.code = code;
        this.unitPrice = unitPrice;
    }

    public Long getId() {
        return id;
    }

    public CatalogItemKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** Changes on every save: the version a form or an API client read (see RecordVersions). */
    public long getVersion() {
        return version;
    }
}
