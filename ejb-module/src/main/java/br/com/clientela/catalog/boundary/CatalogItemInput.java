package br.com.clientela.catalog.boundary;

import br.com.clientela.catalog.entity.CatalogItem;
import br.com.clientela.catalog.entity.CatalogItemKind;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A catalog item as typed: kind, name, optional code, unit price in reais (two decimals at most). */
public record CatalogItemInput(
        @NotNull(message = "{clientela.catalog.kind.required}")
        CatalogItemKind kind,

        @NotBlank(message = "{clientela.name.required}")
        @Size(max = CatalogItem.NAME_MAX, message = "{clientela.size.max}")
        String name,

        @Size(max = CatalogItem.CODE_MAX, message = "{clientela.size.max}")
        String code,

        @NotNull(message = "{clientela.catalog.unitPrice.required}")
        @DecimalMin(value = "0", message = "{clientela.money.negative}")
        @Digits(integer = 10, fraction = 2, message = "{clientela.money.digits}")
        BigDecimal unitPrice,

        Boolean active) {
}
