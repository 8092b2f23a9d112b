package br.com.clientela.lines.boundary;

import br.com.clientela.lines.entity.SaleLine;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A line as typed. With {@code catalogItemId} the description and unit price default to the catalog item's; a
 * free-text line needs both. Quantity defaults to 1 and discount (in reais) to 0. Rules that need the other
 * fields or the catalog (discount beyond the line, an unknown item) are checked by {@code SaleLines}.
 */
public record LineInput(
        Long catalogItemId,

        @Size(max = SaleLine.DESCRIPTION_MAX, message = "{clientela.size.max}")
        String description,

        @DecimalMin(value = "0", inclusive = false, message = "{clientela.line.quantity.positive}")
        @Digits(integer = 9, fraction = SaleLine.QUANTITY_SCALE, message = "{clientela.line.quantity.digits}")
        BigDecimal quantity,

        @DecimalMin(value = "0", message = "{clientela.money.negative}")
        @Digits(integer = 10, fraction = 2, message = "{clientela.money.digits}")
        BigDecimal unitPrice,

        @DecimalMin(value = "0", message = "{clientela.money.negative}")
        @Digits(integer = 10, fraction = 2, message = "{clientela.money.digits}")
        BigDecimal discount) {

    /** A free-text line. */
    public static LineInput free(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount) {
        return new LineInput(null, description, quantity, unitPrice, discount);
    }

    /** A line of the given snapshot, for copying lines from one document to another through the same checks. */
    public static LineInput of(SaleLine line) {
        return new LineInput(line.getCatalogItemId(), line.getDescription(), line.getQuantity(), line.getUnitPrice(),
                line.getDiscount());
    }
}
