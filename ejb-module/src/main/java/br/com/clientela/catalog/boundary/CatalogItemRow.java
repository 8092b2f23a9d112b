package br.com.clientela.catalog.boundary;

import br.com.clientela.catalog.entity.CatalogItem;
import br.com.clientela.catalog.entity.CatalogItemKind;
import br.com.clientela.shared.Versioned;
import java.math.BigDecimal;

/** A catalog item as lists, choices and the API show it. */
public record CatalogItemRow(Long id, CatalogItemKind kind, String name, String code, BigDecimal unitPrice,
        boolean active, Long version) implements Versioned {

    /** For the JPQL constructor queries, which hand over the entity's primitive version. */
    public CatalogItemRow(Long id, CatalogItemKind kind, String name, String code, BigDecimal unitPrice,
            boolean active, long version) {
        this(id, kind, name, code, unitPrice, active, Long.valueOf(version));
    }

    static CatalogItemRow of(CatalogItem item) {
        return new CatalogItemRow(item.getId(), item.getKind(), item.getName(), item.getCode(), item.getUnitPrice(),
                item.isActive(), item.getVersion());
    }
}
