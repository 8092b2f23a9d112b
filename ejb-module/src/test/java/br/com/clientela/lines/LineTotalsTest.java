package br.com.clientela.lines;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.lines.boundary.LineTotals;
import br.com.clientela.lines.entity.SaleLine;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineTotalsTest {

    @Test
    void lineTotalIsQuantityTimesPriceLessDiscount() {
        SaleLine line = new SaleLine(null, "Banho e tosa", new BigDecimal("3"), new BigDecimal("45.90"),
                new BigDecimal("10.00"));

        assertThat(line.getGross()).isEqualByComparingTo("137.70");
        assertThat(line.getTotal()).isEqualTo(new BigDecimal("127.70"));
    }

    @Test
    void fractionalQuantityRoundsEachLineToCentsHalfEven() {
        // 0.5 × 0.25 = 0.125 → 0.12 (tie to the even cent); 1.5 × 0.09 = 0.135 → 0.14
        SaleLine tieDown = new SaleLine(null, "Meia hora", new BigDecimal("0.5"), new BigDecimal("0.25"), null);
        SaleLine tieUp = new SaleLine(null, "Hora e meia", new BigDecimal("1.5"), new BigDecimal("0.09"), null);

        assertThat(tieDown.getTotal()).isEqualTo(new BigDecimal("0.12"));
        assertThat(tieUp.getTotal()).isEqualTo(new BigDecimal("0.14"));
        assertThat(LineTotals.of(List.of(tieDown, tieUp)).total()).isEqualTo(new BigDecimal("0.26"));
    }

    @Test
    void documentTotalsAreSumsOfRoundedLines() {
        List<SaleLine> lines = List.of(
                new SaleLine(1L, "Diária hotel", new BigDecimal("2"), new BigDecimal("120.00"), new BigDecimal("20.00")),
                new SaleLine(null, "Ração 1/3 kg", new BigDecimal("0.333"), new BigDecimal("10.00"), null),
                new SaleLine(null, "Vacina", BigDecimal.ONE, new BigDecimal("89.90"), BigDecimal.ZERO));

        LineTotals totals = LineTotals.of(lines);

        assertThat(totals.gross()).isEqualTo(new BigDecimal("333.23"));
        assertThat(totals.discount()).isEqualTo(new BigDecimal("20.00"));
        assertThat(totals.total()).isEqualTo(new BigDecimal("313.23"));
        assertThat(totals.total()).isEqualTo(lines.stream().map(SaleLine::getTotal).reduce(BigDecimal::add).orElseThrow());
        assertThat(totals.lines()).isEqualTo(3);
    }

    @Test
    void emptyDocumentTotalsZero() {
        assertThat(LineTotals.of(List.of()).total()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void copyKeepsTheAmounts() {
        SaleLine line = new SaleLine(7L, "Consulta", new BigDecimal("1.5"), new BigDecimal("200.00"), new BigDecimal("0.01"));

        SaleLine copy = line.copy();

        assertThat(copy).isNotSameAs(line);
        assertThat(copy.getTotal()).isEqualTo(new BigDecimal("299.99"));
        assertThat(copy.getCatalogItemId()).isEqualTo(7L);
        assertThat(copy.getQuantity()).isEqualTo(new BigDecimal("1.500"));
    }
}
