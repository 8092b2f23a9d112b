package br.com.clientela.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.invoices.entity.Invoice;
import br.com.clientela.invoices.entity.InvoiceStatus;
import br.com.clientela.lines.entity.SaleLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 11, 10);

    @Test
    void totalsAreTheSumOfTheRoundedLinesLessDiscounts() {
        Invoice invoice = invoice();

        assertThat(invoice.getGross()).isEqualByComparingTo("290.00");
        assertThat(invoice.getDiscount()).isEqualByComparingTo("20.00");
        assertThat(invoice.getTotal()).isEqualByComparingTo("270.00");
        assertThat(invoice.amountDue()).isEqualByComparingTo("270.00");
        assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PENDING);
    }

    @Test
    void anOpenInvoiceIsOverdueOnlyFromTheDayAfterItsDueDate() {
        Invoice invoice = invoice();

        assertThat(invoice.effectiveStatus(DUE)).isEqualTo(InvoiceStatus.PENDING);
        assertThat(invoice.effectiveStatus(DUE.plusDays(1))).isEqualTo(InvoiceStatus.OVERDUE);
        invoice.registerPayment(new BigDecimal("100.00"));
        assertThat(invoice.effectiveStatus(DUE)).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoice.effectiveStatus(DUE.plusDays(1))).isEqualTo(InvoiceStatus.OVERDUE);
    }

    @Test
    void paymentsMovePendingToPartiallyPaidToPaidAndAPaidInvoiceIsNeverOverdue() {
        Invoice invoice = invoice();

        invoice.registerPayment(new BigDecimal("100.00"));
        assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoice.amountDue()).isEqualByComparingTo("170.00");
        invoice.registerPayment(new BigDecimal("170.00"));

        assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.amountDue()).isEqualByComparingTo("0.00");
        assertThat(invoice.effectiveStatus(DUE.plusYears(1))).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void overpaymentAndPayingAClosedInvoiceAreBugsTheBoundaryMustHaveCaught() {
        Invoice invoice = invoice();

        assertThrows(IllegalStateException.class, () -> invoice.registerPayment(new BigDecimal("270.01")));
        assertThat(invoice.getAmountPaid()).isEqualByComparingTo("0.00");
        invoice.cancel("Emitida por engano", "equipe", LocalDateTime.now());
        assertThrows(IllegalStateException.class, () -> invoice.registerPayment(BigDecimal.ONE));
    }

    @Test
    void aCancelledInvoiceOwesNothingAndIsNeverOverdue() {
        Invoice invoice = invoice();

        invoice.cancel("Duplicada", "equipe", LocalDateTime.now());

        assertThat(invoice.amountDue()).isEqualByComparingTo("0.00");
        assertThat(invoice.effectiveStatus(DUE.plusDays(30))).isEqualTo(InvoiceStatus.CANCELLED);
        assertThat(invoice.getCancelReason()).isEqualTo("Duplicada");
    }

    private static Invoice invoice() {
        List<SaleLine> lines = List.of(
                new SaleLine(null, "Diária", new BigDecimal("2"), new BigDecimal("120.00"), new BigDecimal("20.00")),
                new SaleLine(null, "Banho", BigDecimal.ONE, new BigDecimal("50.00"), null));
        return new Invoice(12, new Client(ClientKind.PERSON, "Ana"), lines, ISSUED, DUE, null, "equipe");
    }
}
