package br.com.clientela.orders.control;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.lines.entity.SaleLine;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderFiguresTest {

    @Test
    void itemCountIsTheSumOfQuantitiesAndTotalsAreThoseOfTheRoundedLines() {
        List<SaleLine> lines = List.of(
                new SaleLine(7L, "Banho", new BigDecimal("2"), new BigDecimal("45.00"), new BigDecimal("5.00")),
                new SaleLine(null, "Ração a granel", new BigDecimal("1.5"), new BigDecimal("19.99"), null),
                new SaleLine(null, "Petisco", new BigDecimal("0.333"), new BigDecimal("10.00"), BigDecimal.ZERO));

        OrderFigures figures = OrderFigures.of(lines);

        assertThat(figures.itemCount()).isEqualByComparingTo("3.833");
        assertThat(figures.itemCount().scale()).isEqualTo(3);
        // 90.00 + 29.985 → 29.98 (half even) + 3.33
        assertThat(figures.gross()).isEqualTo(new BigDecimal("123.31"));
        assertThat(figures.discount()).isEqualTo(new BigDecimal("5.00"));
        assertThat(figures.total()).isEqualTo(new BigDecimal("118.31"));
    }

    @Test
    void noLinesMeansNothing() {
        OrderFigures figures = OrderFigures.of(List.of());

        assertThat(figures.itemCount()).isEqualByComparingTo("0");
        assertThat(figures.total()).isEqualTo(new BigDecimal("0.00"));
    }
}
