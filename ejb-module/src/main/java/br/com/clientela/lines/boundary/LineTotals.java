package br.com.clientela.lines.boundary;

import br.com.clientela.lines.entity.SaleLine;
import br.com.clientela.shared.money.Money;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * The totals of a document's lines: gross (quantity × unit price, each line rounded to cents), discounts and
 * the total to pay. Each line is rounded once and the sums are of rounded lines, so the document's total is
 * always the sum of the totals printed on its lines.
 */
public record LineTotals(BigDecimal gross, BigDecimal discount, BigDecimal total, int lines) {

    public static LineTotals of(Collection<SaleLine> lines) {
        BigDecimal gross = Money.ZERO;
        BigDecimal discount = Money.ZERO;
        for (SaleLine line : lines) {
            gross = gross.add(line.getGross());
            discount = discount.add(line.getDiscount());
        }
        return new LineTotals(gross, discount, gross.subtract(discount), lines.size());
    }
}
