package br.com.clientela.orders.control;

import br.com.clientela.lines.boundary.LineTotals;
import br.com.clientela.lines.entity.SaleLine;
import java.math.BigDecimal;
import java.util.List;

/**
 * The figures an order stores next to its lines: how many items (the sum of the quantities, 1,5 kg counts as
 * 1,5) and the line totals (gross, discount, total to pay), computed once from the same lines.
 */
public record OrderFigures(BigDecimal itemCount, BigDecimal gross, BigDecimal discount, BigDecimal total) {

    public static final int ITEM_COUNT_SCALE = SaleLine.QUANTITY_SCALE;

    public static OrderFigures of(List<SaleLine> lines) {
        BigDecimal items = BigDecimal.ZERO.setScale(ITEM_COUNT_SCALE);
        for (SaleLine line : lines) {
            items = items.add(line.getQuantity());
        }
        LineTotals totals = LineTotals.of(lines);
        return new OrderFigures(items, totals.gross(), totals.discount(), totals.total());
    }
}
