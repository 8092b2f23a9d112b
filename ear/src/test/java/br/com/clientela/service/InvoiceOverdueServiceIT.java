package br.com.clientela.service;

import static br.com.clientela.service.ServiceData.cpf;
import static br.com.clientela.service.ServiceData.uniqueWord;
import static br.com.clientela.service.Staff.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.alerts.boundary.AlertRow;
import br.com.clientela.alerts.boundary.AlertService;
import br.com.clientela.alerts.entity.AlertType;
import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.invoices.boundary.InvoiceDetails;
import br.com.clientela.invoices.boundary.InvoiceFilter;
import br.com.clientela.invoices.boundary.InvoiceInput;
import br.com.clientela.invoices.boundary.InvoiceRow;
import br.com.clientela.invoices.boundary.InvoiceService;
import br.com.clientela.invoices.boundary.PaymentInput;
import br.com.clientela.invoices.entity.InvoiceStatus;
import br.com.clientela.lines.boundary.LineInput;
import br.com.clientela.payments.entity.PaymentMethod;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OVERDUE is derived, never stored: an open invoice due before today shows and filters as OVERDUE, and the
 * overdue check raises one FINANCIAL alert for its client however often it runs, which paying clears.
 */
@ExtendWith(InContainer.class)
class InvoiceOverdueServiceIT {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @EJB
    ClientService clients;

    @EJB
    InvoiceService invoices;

    @EJB
    AlertService alerts;

    @Test
    void anInvoiceDueYesterdayIsOverdueRaisesOneFinancialAlertAndPayingItClearsTheAlert() throws Exception {
        LocalDate today = LocalDate.now();
        Long client = newClient();
        InvoiceDetails invoice = PETHOTEL_STAFF.call(() -> invoices.issue(input(client, today.minusDays(10),
                today.minusDays(1))));

        assertThat(PETHOTEL_STAFF.call(() -> invoices.find(invoice.id())).status()).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(rows(client, InvoiceStatus.OVERDUE)).extracting(InvoiceRow::id).containsExactly(invoice.id());
        assertThat(rows(client, InvoiceStatus.PENDING)).isEmpty();

        PETHOTEL_STAFF.call(() -> invoices.raiseOverdueAlerts(today));
        PETHOTEL_STAFF.call(() -> invoices.raiseOverdueAlerts(today));

        List<AlertRow> active = PETHOTEL_STAFF.call(() -> alerts.active(client));
        assertThat(active).hasSize(1);
        assertThat(active.get(0).type()).isEqualTo(AlertType.FINANCIAL);
        assertThat(active.get(0).description()).isEqualTo("Fatura nº " + invoice.number() + " vencida em "
                + DATE.format(today.minusDays(1)) + " — R$ 150,00 em aberto");

        PETHOTEL_STAFF.call(() -> invoices.pay(invoice.id(), new PaymentInput(new BigDecimal("150.00"),
                PaymentMethod.CASH, null, null, UUID.randomUUID().toString())));

        assertThat(PETHOTEL_STAFF.call(() -> alerts.active(client))).isEmpty();
        assertThat(PETHOTEL_STAFF.call(() -> invoices.find(invoice.id())).status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void theCheckJudgesByThePassedDayAndAPartialPaymentUpdatesTheAlertsAmount() throws Exception {
        LocalDate today = LocalDate.now();
        Long client = newClient();
        InvoiceDetails invoice = PETHOTEL_STAFF.call(() -> invoices.issue(input(client, today, today)));

        PETHOTEL_STAFF.call(() -> invoices.raiseOverdueAlerts(today));
        assertThat(PETHOTEL_STAFF.call(() -> alerts.active(client))).isEmpty();
        assertThat(rows(client, InvoiceStatus.PENDING)).extracting(InvoiceRow::id).containsExactly(invoice.id());

        PETHOTEL_STAFF.call(() -> invoices.raiseOverdueAlerts(today.plusDays(1)));
        assertThat(PETHOTEL_STAFF.call(() -> alerts.active(client))).singleElement()
                .satisfies(alert -> assertThat(alert.description()).contains("R$ 150,00 em aberto"));

        // Paid in part on the real today, when it is not overdue yet: the alert of "tomorrow" goes away.
        PETHOTEL_STAFF.call(() -> invoices.pay(invoice.id(), new PaymentInput(new BigDecimal("50.00"),
                PaymentMethod.PIX, null, null, UUID.randomUUID().toString())));
        assertThat(PETHOTEL_STAFF.call(() -> alerts.active(client))).isEmpty();

        PETHOTEL_STAFF.call(() -> invoices.raiseOverdueAlerts(today.plusDays(1)));
        assertThat(PETHOTEL_STAFF.call(() -> alerts.active(client))).singleElement()
                .satisfies(alert -> assertThat(alert.description()).contains("R$ 100,00 em aberto"));
        PETHOTEL_STAFF.call(() -> invoices.raiseOverdueAlerts(today));
        assertThat(PETHOTEL_STAFF.call(() -> alerts.active(client))).isEmpty();
    }

    private List<InvoiceRow> rows(Long client, InvoiceStatus status) throws Exception {
        return PETHOTEL_STAFF.call(() -> invoices.page(new InvoiceFilter(status, client, null, null, null), 0, 50));
    }

    private Long newClient() throws Exception {
        return PETHOTEL_STAFF.call(() -> clients.create(ServiceData.person("Vencida " + uniqueWord(), cpf()))).id();
    }

    private static InvoiceInput input(Long client, LocalDate issued, LocalDate due) {
        return InvoiceInput.of(client, issued, due, null,
                List.of(LineInput.free("Hospedagem", BigDecimal.ONE, new BigDecimal("150.00"), null)));
    }
}
