package br.com.clientela.service;

import static br.com.clientela.service.ServiceData.cpf;
import static br.com.clientela.service.ServiceData.uniqueWord;
import static br.com.clientela.service.Staff.PETHOTEL_ADMIN;
import static br.com.clientela.service.Staff.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.clients.boundary.ClientFilter;
import br.com.clientela.clients.boundary.ClientMetricsService;
import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.finances.boundary.FinancialSummary;
import br.com.clientela.finances.boundary.FinancialSummaryService;
import br.com.clientela.invoices.boundary.InvoiceInput;
import br.com.clientela.invoices.boundary.InvoiceService;
import br.com.clientela.invoices.boundary.PaymentInput;
import br.com.clientela.lines.boundary.LineInput;
import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.rewards.boundary.GrantInput;
import br.com.clientela.rewards.boundary.RewardRedemption;
import br.com.clientela.rewards.boundary.RewardService;
import br.com.clientela.transactions.boundary.TransactionFilter;
import br.com.clientela.transactions.boundary.TransactionPage;
import br.com.clientela.transactions.boundary.TransactionService;
import br.com.clientela.transactions.boundary.TransactionTotals;
import br.com.clientela.wallet.boundary.WalletService;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Money is counted once, in the server: over one client's mixed history — an invoice paid in cash, one by PIX, a
 * wallet top-up, points redeemed into the wallet, an invoice paid from the wallet and the cash payment refunded —
 * the transactions' totals, the client's financial summary and the clients list's sales card all say what came
 * into and left the company's accounts: R$ 350,00 in (cash, PIX, top-up), R$ 100,00 out (the refund), R$ 250,00 net.
 */
@ExtendWith(InContainer.class)
class MoneyCountedOnceServiceIT {

    @EJB
    ClientService clients;

    @EJB
    InvoiceService invoices;

    @EJB
    WalletService wallets;

    @EJB
    RewardService rewards;

    @EJB
    TransactionService transactions;

    @EJB
    FinancialSummaryService summaries;

    @EJB
    ClientMetricsService metrics;

    @Test
    void aMixedHistoryCountsOnlyWhatCameIntoAndLeftTheCompanysAccounts() throws Exception {
        String word = uniqueWord();
        Long id = PETHOTEL_STAFF.call(() -> clients.create(ServiceData.person("Conta " + word, cpf()))).id();
        // An invoice paid in cash and one by PIX: R$ 200,00 in.
        Long cashInvoice = issue(id, "100.00");
        Long cashPayment = pay(cashInvoice, "100.00", PaymentMethod.CASH);
        pay(issue(id, "100.00"), "100.00", PaymentMethod.PIX);
        // A top-up by PIX: R$ 150,00 in.
        PETHOTEL_STAFF.call(() -> wallets.credit(id, new BigDecimal("150.00"), PaymentMethod.PIX, null, key()));
        // Points redeemed into the wallet: R$ 3,00 of credit, no money.
        int rate = PETHOTEL_STAFF.call(() -> rewards.balance(id)).redemptionRate();
        PETHOTEL_STAFF.call(() -> rewards.grant(id, new GrantInput(rate * 3, "Indicação", null)));
        RewardRedemption redeemed = PETHOTEL_STAFF.call(() -> rewards.redeem(id, rate * 3, key()));
        assertThat(redeemed.amount()).isEqualByComparingTo("3.00");
        // An invoice of R$ 153,00 paid from the wallet: no new money.
        pay(issue(id, "153.00"), "153.00", PaymentMethod.WALLET);
        // The cash payment given back: R$ 100,00 out of the till.
        PETHOTEL_ADMIN.call(() -> invoices.refund(cashInvoice, cashPayment, "Cobrado em duplicidade"));

        TransactionPage page = PETHOTEL_STAFF.call(() -> transactions.page(clientOnly(id), 0, 50));
        TransactionTotals totals = page.totals();
        FinancialSummary summary = PETHOTEL_STAFF.call(() -> summaries.of(id));
        BigDecimal sales = PETHOTEL_STAFF.call(() -> metrics.metrics(ClientFilter.search(word)))
                .totalSales();

        assertThat(page.total()).isEqualTo(6);
        assertThat(totals.moneyIn()).isEqualByComparingTo("350.00");
        assertThat(totals.moneyOut()).isEqualByComparingTo("100.00");
        assertThat(totals.net()).isEqualByComparingTo("250.00");
        assertThat(summary.totalSpent()).isEqualByComparingTo("250.00");
        assertThat(summary.walletBalance()).isEqualByComparingTo("0.00");
        assertThat(summary.amountDue()).isEqualByComparingTo("100.00");
        assertThat(sales).isEqualByComparingTo("250.00");
        // Paying from the wallet is listed but is no money in by itself.
        TransactionTotals fromWallet = PETHOTEL_STAFF.call(() -> transactions.totals(new TransactionFilter(null, null,
                null, PaymentMethod.WALLET, null, id)));
        assertThat(fromWallet.count()).isEqualTo(1);
        assertThat(fromWallet.moneyIn()).isEqualByComparingTo("0.00");
        assertThat(fromWallet.moneyOut()).isEqualByComparingTo("0.00");
    }

    private Long issue(Long client, String amount) throws Exception {
        return PETHOTEL_STAFF.call(() -> invoices.issue(InvoiceInput.of(client, LocalDate.now(),
                LocalDate.now().plusDays(10), null,
                List.of(LineInput.free("Hospedagem", BigDecimal.ONE, new BigDecimal(amount), null))))).id();
    }

    private Long pay(Long invoice, String amount, PaymentMethod method) throws Exception {
        return PETHOTEL_STAFF.call(() -> invoices.pay(invoice, new PaymentInput(new BigDecimal(amount), method, null,
                null, key()))).payment().id();
    }

    private static TransactionFilter clientOnly(Long id) {
        return new TransactionFilter(null, null, null, null, null, id);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
