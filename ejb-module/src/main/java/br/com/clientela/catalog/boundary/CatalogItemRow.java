package br.com.clientela.catalog.boundary;

import br.com.clientela.catalog.entity.CatalogItem;
import br.com.clientela.catalog.entity.CatalogItemKind;
import java.math.BigDecimal;

/** A catalog item as lists, choices and the API show it. */
public record CatalogItemRow(Long id, CatalogItemKind kind, String name, String code, BigDecimal unitPrice,
        boolean active) {

    static CatalogItemRow of(CatalogItem item) {
        return new CatalogItemRow(item.getId(), item.getKind(), item.getName(), item.getCode(), item.getUnitPrice(),
                item.isActive());
    }
}
