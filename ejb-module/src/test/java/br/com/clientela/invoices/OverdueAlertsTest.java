package br.com.clientela.invoices.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverdueAlertsTest {

    @Test
    void oneOverdueInvoiceIsDescribedByNumberDueDateAndWhatIsOpen() {
        assertThat(OverdueAlerts.describe(List.of(overdue(12, "2026-11-10", "200.00", "50.00"))))
                .isEqualTo("Fatura nº 12 vencida em 10/11/2026 — R$ 150,00 em aberto");
    }

    @Test
    void severalAreCountedWithTheirNumbersTheOldestDateAndTheSum() {
        assertThat(OverdueAlerts.describe(List.of(overdue(12, "2026-11-10", "100.00", "0.00"),
                overdue(15, "2026-11-20", "1000.00", "0.00"))))
                .isEqualTo("2 faturas vencidas (nº 12, 15), a mais antiga em 10/11/2026 — R$ 1.100,00 em aberto");
    }

    private static OverdueInvoice overdue(long number, String due, String total, String paid) {
        return new OverdueInvoice(1L, number * 10, number, LocalDate.parse(due), new BigDecimal(total),
                new BigDecimal(paid));
    }
}
