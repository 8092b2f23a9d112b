package br.com.clientela.backoffice.catalog;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.catalog.boundary.CatalogItemInput;
import br.com.clientela.catalog.boundary.CatalogItemRow;
import br.com.clientela.catalog.boundary.CatalogService;
import br.com.clientela.catalog.entity.CatalogItemKind;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The catalog of services and products (catalog/list.xhtml): a table paged in the database with a search
 * box, one dialog to add or change an item (MANAGER and ADMIN), and taking an item off or back on offer.
 */
@Named
@ViewScoped
public class CatalogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CatalogService catalog;

    private String query;
    private final PagedRows<CatalogItemRow> rows = new PagedRows<>(() -> catalog.count(query, false),
            (first, size) -> catalog.page(query, false, first, size), CatalogItemRow::id);

    private Long editingId;
    /** The version of the item the dialog was opened on: a save over someone else's later save is refused. */
    private Long editingVersion;
    private CatalogItemKind kind = CatalogItemKind.SERVICE;
    private String name;
    private String code;
    private BigDecimal unitPrice;

    public void prepareNew() {
        editingId = null;
        editingVersion = null;
        kind = CatalogItemKind.SERVICE;
        name = null;
        code = null;
        unitPrice = null;
    }

    public void prepareEdit(CatalogItemRow item) {
        editingId = item.id();
        editingVersion = item.version();
        kind = item.kind();
        name = item.name();
        code = item.code();
        unitPrice = item.unitPrice();
    }

    /** Adds the item or changes the one being edited; the dialog stays open on a refusal. */
    public void save() {
        CatalogItemInput input = new CatalogItemInput(kind, name, code, unitPrice, null);
        Long id = editingId;
        Long version = editingVersion;
        if (PageMessages.attempt("itemForm", () -> {
            if (id == null) {
                catalog.create(input);
            } else {
                catalog.update(id, input, version);
            }
        })) {
            PageMessages.info(id == null ? "catalog.created" : "catalog.saved", name.trim());
        }
    }

    public void toggleActive(CatalogItemRow item) {
        boolean active = !item.active();
        if (PageMessages.attempt(null, () -> catalog.setActive(item.id(), active))) {
            PageMessages.info(active ? "catalog.activated" : "catalog.deactivated", item.name());
        }
    }

    public CatalogItemKind[] getKinds() {
        return CatalogItemKind.values();
    }

    public PagedRows<CatalogItemRow> getRows() {
        return rows;
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public CatalogItemKind getKind() {
        return kind;
    }

    public void setKind(CatalogItemKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }
}
