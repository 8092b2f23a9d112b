package br.com.clientela.service;

import static br.com.clientela.service.ServiceData.cpf;
import static br.com.clientela.service.ServiceData.uniqueWord;
import static br.com.clientela.service.Staff.CLINICA_ADMIN;
import static br.com.clientela.service.Staff.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.invoices.boundary.InvoiceDetails;
import br.com.clientela.invoices.boundary.InvoiceInput;
import br.com.clientela.invoices.boundary.InvoiceService;
import br.com.clientela.invoices.boundary.PaymentInput;
import br.com.clientela.invoices.boundary.PaymentResult;
import br.com.clientela.invoices.entity.InvoiceStatus;
import br.com.clientela.lines.boundary.LineInput;
import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.shared.ConflictException;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.wallet.boundary.WalletService;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Paying invoices in the server, on PostgreSQL: partial payments then the rest make it PAID; an overpayment, a
 * wallet without enough balance and a replayed key move nothing; a WALLET payment debits the client's wallet.
 */
@ExtendWith(InContainer.class)
class InvoicePaymentServiceIT {

    @EJB
    ClientService clients;

    @EJB
    InvoiceService invoices;

    @EJB
    WalletService wallets;

    @Test
    void aPartialPaymentThenTheRestMakeTheInvoicePaid() throws Exception {
        InvoiceDetails invoice = issue(newClient(), "200.00");

        PaymentResult first = pay(invoice.id(), "80.00", PaymentMethod.PIX, key());
        assertThat(first.invoiceStatus()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(first.amountDue()).isEqualByComparingTo("120.00");
        PaymentResult rest = pay(invoice.id(), "120.00", PaymentMethod.CASH, key());

        assertThat(rest.invoiceStatus()).isEqualTo(InvoiceStatus.PAID);
        InvoiceDetails paid = PETHOTEL_STAFF.call(() -> invoices.find(invoice.id()));
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.amountPaid()).isEqualByComparingTo("200.00");
        assertThat(paid.amountDue()).isEqualByComparingTo("0.00");
        assertThat(paid.payments()).hasSize(2);
        assertThat(paid.payments().get(1).accountName()).isEqualTo("Caixa");
        assertThat(paid.pix()).isNull();
        ConflictException more = assertThrows(ConflictException.class, () -> pay(invoice.id(), "0.01",
                PaymentMethod.PIX, key()));
        assertThat(more.getMessage()).isEqualTo("A fatura nº " + invoice.number() + " já está paga.");
    }

    @Test
    void anOverpaymentIsRefusedAndNothingMoves() throws Exception {
        InvoiceDetails invoice = issue(newClient(), "100.00");
        pay(invoice.id(), "30.00", PaymentMethod.PIX, key());

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> pay(invoice.id(), "70.01", PaymentMethod.PIX, key()));

        assertThat(refused.getFields()).containsEntry("amount",
                "O pagamento de R$ 70,01 excede o valor em aberto de R$ 70,00.");
        InvoiceDetails after = PETHOTEL_STAFF.call(() -> invoices.find(invoice.id()));
        assertThat(after.amountPaid()).isEqualByComparingTo("30.00");
        assertThat(after.payments()).hasSize(1);
        assertThat(after.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
    }

    @Test
    void aWalletPaymentDebitsTheWalletAndAWalletWithoutBalanceIsRefused() throws Exception {
        Long client = newClient();
        PETHOTEL_STAFF.call(() -> wallets.credit(client, new BigDecimal("100.00"), PaymentMethod.PIX, "Pacote", key()));
        InvoiceDetails invoice = issue(client, "150.00");

        PaymentResult fromWallet = pay(invoice.id(), "60.00", PaymentMethod.WALLET, key());

        assertThat(fromWallet.amountDue()).isEqualByComparingTo("90.00");
        assertThat(fromWallet.payment().accountName()).isEqualTo("Carteira de clientes");
        assertThat(PETHOTEL_STAFF.call(() -> wallets.summary(client)).balance()).isEqualByComparingTo("40.00");
        assertThat(PETHOTEL_STAFF.call(() -> wallets.entries(client, 0, 1)).items().get(0).reason())
                .isEqualTo("Pagamento da fatura nº " + invoice.number());

        InvalidInputException shortOfFunds = assertThrows(InvalidInputException.class,
                () -> pay(invoice.id(), "50.00", PaymentMethod.WALLET, key()));

        assertThat(shortOfFunds.getFields().get("amount")).startsWith("Saldo insuficiente");
        assertThat(PETHOTEL_STAFF.call(() -> wallets.summary(client)).balance()).isEqualByComparingTo("40.00");
        InvoiceDetails after = PETHOTEL_STAFF.call(() -> invoices.find(invoice.id()));
        assertThat(after.amountPaid()).isEqualByComparingTo("60.00");
        assertThat(after.payments()).hasSize(1);

        Long empty = newClient();
        InvoiceDetails other = issue(empty, "10.00");
        assertThrows(InvalidInputException.class, () -> pay(other.id(), "10.00", PaymentMethod.WALLET, key()));
        assertThat(PETHOTEL_STAFF.call(() -> invoices.find(other.id())).status()).isEqualTo(InvoiceStatus.PENDING);
    }

    @Test
    void aReplayedKeyAnswersTheFirstPaymentAndMovesNothingWhileReusingItForOtherDataIsAConflict() throws Exception {
        Long client = newClient();
        PETHOTEL_STAFF.call(() -> wallets.credit(client, new BigDecimal("50.00"), PaymentMethod.CASH, null, key()));
        InvoiceDetails invoice = issue(client, "100.00");
        String key = key();

        PaymentResult first = pay(invoice.id(), "40.00", PaymentMethod.WALLET, key);
        PaymentResult again = pay(invoice.id(), "40.00", PaymentMethod.WALLET, key);

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.payment().id()).isEqualTo(first.payment().id());
        assertThat(PETHOTEL_STAFF.call(() -> wallets.summary(client)).balance()).isEqualByComparingTo("10.00");
        InvoiceDetails after = PETHOTEL_STAFF.call(() -> invoices.find(invoice.id()));
        assertThat(after.amountPaid()).isEqualByComparingTo("40.00");
        assertThat(after.payments()).hasSize(1);
        assertThrows(ConflictException.class, () -> pay(invoice.id(), "41.00", PaymentMethod.WALLET, key));
        assertThrows(ConflictException.class, () -> pay(issue(client, "5.00").id(), "40.00", PaymentMethod.WALLET,
                key));
        assertThat(PETHOTEL_STAFF.call(() -> invoices.find(invoice.id())).amountPaid()).isEqualByComparingTo("40.00");
    }

    @Test
    void cancellingIsRefusedOnceMoneyCameInAndACancelledInvoiceTakesNoPayments() throws Exception {
        InvoiceDetails paidInPart = issue(newClient(), "20.00");
        pay(paidInPart.id(), "5.00", PaymentMethod.PIX, key());
        assertThrows(ConflictException.class, () -> PETHOTEL_STAFF.call(() -> invoices.cancel(paidInPart.id(),
                "Engano")));

        InvoiceDetails paid = issue(newClient(), "20.00");
        pay(paid.id(), "20.00", PaymentMethod.PIX, key());
        ConflictException refused = assertThrows(ConflictException.class,
                () -> PETHOTEL_STAFF.call(() -> invoices.cancel(paid.id(), "Engano")));
        assertThat(refused.getMessage()).isEqualTo("Uma fatura paga não pode ser cancelada.");

        InvoiceDetails unpaid = issue(newClient(), "20.00");
        InvoiceDetails cancelled = PETHOTEL_STAFF.call(() -> invoices.cancel(unpaid.id(), "Emitida em duplicidade"));
        assertThat(cancelled.status()).isEqualTo(InvoiceStatus.CANCELLED);
        assertThat(cancelled.amountDue()).isEqualByComparingTo("0.00");
        assertThrows(ConflictException.class, () -> pay(unpaid.id(), "1.00", PaymentMethod.PIX, key()));
    }

    @Test
    void anotherCompanyFindsNeitherTheInvoiceNorTheClient() throws Exception {
        Long client = newClient();
        InvoiceDetails invoice = issue(client, "20.00");

        assertThrows(NotFoundException.class, () -> CLINICA_ADMIN.call(() -> invoices.find(invoice.id())));
        assertThrows(NotFoundException.class, () -> CLINICA_ADMIN.call(() -> invoices.pay(invoice.id(),
                new PaymentInput(BigDecimal.ONE, PaymentMethod.PIX, null, null, key()))));
        assertThrows(NotFoundException.class, () -> CLINICA_ADMIN.call(() -> invoices.issue(input(client, "5.00"))));
        assertThat(PETHOTEL_STAFF.call(() -> invoices.find(invoice.id())).amountPaid()).isEqualByComparingTo("0.00");
    }

    private PaymentResult pay(Long invoice, String amount, PaymentMethod method, String key) throws Exception {
        return PETHOTEL_STAFF.call(() -> invoices.pay(invoice, new PaymentInput(new BigDecimal(amount), method, null,
                null, key)));
    }

    private InvoiceDetails issue(Long client, String price) throws Exception {
        return PETHOTEL_STAFF.call(() -> invoices.issue(input(client, price)));
    }

    private static InvoiceInput input(Long client, String price) {
        return InvoiceInput.of(client, LocalDate.now(), LocalDate.now().plusDays(15), "Teste",
                List.of(LineInput.free("Diária", BigDecimal.ONE, new BigDecimal(price), null)));
    }

    private Long newClient() throws Exception {
        return PETHOTEL_STAFF.call(() -> clients.create(ServiceData.person("Pagamento " + uniqueWord(), cpf()))).id();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
