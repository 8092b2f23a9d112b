package br.com.clientela.service;

import static br.com.clientela.service.ServiceData.cpf;
import static br.com.clientela.service.ServiceData.uniqueWord;
import static br.com.clientela.service.Staff.CLINICA_ADMIN;
import static br.com.clientela.service.Staff.PETHOTEL_ADMIN;
import static br.com.clientela.service.Staff.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.clientela.clients.boundary.ClientMergeService;
import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.clients.boundary.MergeRequest;
import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.wallet.boundary.WalletEntryPage;
import br.com.clientela.wallet.boundary.WalletEntryRow;
import br.com.clientela.wallet.boundary.WalletMovement;
import br.com.clientela.wallet.boundary.WalletService;
import br.com.clientela.wallet.boundary.WalletSummary;
import br.com.clientela.wallet.entity.EntryType;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * WalletService in the server, on PostgreSQL. The concurrency test of issue 6: 50 threads × 20 debits of
 * R$ 1,00 at a wallet holding R$ 500,00. Each thread signs in on its own ({@link Staff#call} is a programmatic
 * login bound to the calling thread), so the EJBs see a staff member of the company on every thread.
 */
@ExtendWith(InContainer.class)
class WalletServiceIT {

    private static final BigDecimal ONE = new BigDecimal("1.00");

    @EJB
    ClientService clients;

    @EJB
    WalletService wallets;

    @EJB
    ClientMergeService merges;

    @Test
    void fiftyThreadsOfTwentyDebitsEmptyAFiveHundredWalletExactlyAndReplaysChangeNothing() throws Exception {
        Long id = newClient();
        PETHOTEL_STAFF.call(() -> wallets.credit(id, new BigDecimal("500.00"), PaymentMethod.PIX, "Pacote", key()));

        Queue<String> succeeded = new ConcurrentLinkedQueue<>();
        Queue<String> refused = new ConcurrentLinkedQueue<>();
        Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        inThreads(50, thread -> {
            for (int i = 0; i < 20; i++) {
                String key = "debito-" + id + "-" + thread + "-" + i;
                try {
                    WalletMovement debit = PETHOTEL_STAFF.call(() -> wallets.debit(id, ONE, "Banho", key));
                    assertThat(debit.replayed()).isFalse();
                    succeeded.add(key);
                } catch (InvalidInputException noFunds) {
                    assertThat(noFunds.getMessage()).startsWith("Saldo insuficiente");
                    refused.add(key);
                }
            }
        }, unexpected);

        assertThat(unexpected).isEmpty();
        assertThat(succeeded).hasSize(500);
        assertThat(refused).hasSize(500);
        WalletSummary after = PETHOTEL_STAFF.call(() -> wallets.summary(id));
        assertThat(after.balance()).isEqualByComparingTo("0.00");
        assertThat(after.totalCredited()).isEqualByComparingTo("500.00");
        assertThat(after.totalDebited()).isEqualByComparingTo("500.00");
        List<WalletEntryRow> ledger = ledger(id);
        assertThat(ledger).hasSize(501);
        assertThat(ledger.stream().map(e -> e.type() == EntryType.CREDIT ? e.amount() : e.amount().negate())
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(after.balance());
        // Serialized for real: each debit saw the balance its predecessor left, so every value 499..0 appears once.
        assertThat(ledger.stream().filter(e -> e.type() == EntryType.DEBIT).map(e -> e.balanceAfter().intValueExact())
                .distinct().count()).isEqualTo(500);

        List<String> used = new ArrayList<>(succeeded);
        AtomicInteger replayed = new AtomicInteger();
        inThreads(10, thread -> {
            for (int i = thread; i < used.size(); i += 10) {
                String key = used.get(i);
                WalletMovement again = PETHOTEL_STAFF.call(() -> wallets.debit(id, ONE, "Banho", key));
                assertThat(again.replayed()).isTrue();
                replayed.incrementAndGet();
            }
        }, unexpected);

        assertThat(unexpected).isEmpty();
        assertThat(replayed).hasValue(500);
        assertThat(PETHOTEL_STAFF.call(() -> wallets.summary(id)).balance()).isEqualByComparingTo("0.00");
        assertThat(PETHOTEL_STAFF.call(() -> wallets.entries(id, 0, 1)).total()).isEqualTo(501);
    }

    @Test
    void theSameNewKeySentByTwentyThreadsAtOnceMovesMoneyOnce() throws Exception {
        Long id = newClient();
        String key = key();
        Queue<WalletMovement> answers = new ConcurrentLinkedQueue<>();
        Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();

        inThreads(20, thread -> answers.add(PETHOTEL_STAFF.call(() -> wallets.credit(id, new BigDecimal("7.50"),
                PaymentMethod.CASH, null, key))), unexpected);

        assertThat(unexpected).isEmpty();
        assertThat(answers).hasSize(20);
        assertThat(answers.stream().filter(a -> !a.replayed()).count()).isEqualTo(1);
        assertThat(answers.stream().map(WalletMovement::entryId).distinct().count()).isEqualTo(1);
        assertThat(PETHOTEL_STAFF.call(() -> wallets.summary(id)).balance()).isEqualByComparingTo("7.50");
    }

    @Test
    void aMergeCreditsTheLosersBalanceToTheWinner() throws Exception {
        Long winner = newClient();
        Long loser = newClient();
        PETHOTEL_STAFF.call(() -> wallets.credit(winner, new BigDecimal("10.00"), PaymentMethod.PIX, null, key()));
        PETHOTEL_STAFF.call(() -> wallets.credit(loser, new BigDecimal("32.45"), PaymentMethod.CARD, null, key()));

        PETHOTEL_ADMIN.call(() -> merges.merge(new MergeRequest(winner, loser, Map.of())));

        WalletSummary merged = PETHOTEL_STAFF.call(() -> wallets.summary(winner));
        assertThat(merged.balance()).isEqualByComparingTo("42.45");
        WalletEntryRow newest = ledger(winner).get(0);
        assertThat(newest.type()).isEqualTo(EntryType.CREDIT);
        assertThat(newest.amount()).isEqualByComparingTo("32.45");
        assertThat(newest.balanceAfter()).isEqualByComparingTo("42.45");
        assertThat(newest.reason()).contains("mesclagem").contains("id " + loser);
        assertThrows(NotFoundException.class, () -> PETHOTEL_STAFF.call(() -> wallets.summary(loser)));
    }

    @Test
    void anotherCompanyCannotReadNorMoveTheWallet() throws Exception {
        Long id = newClient();
        PETHOTEL_STAFF.call(() -> wallets.credit(id, new BigDecimal("5.00"), PaymentMethod.PIX, null, key()));

        assertThrows(NotFoundException.class, () -> CLINICA_ADMIN.call(() -> wallets.summary(id)));
        assertThrows(NotFoundException.class, () -> CLINICA_ADMIN.call(() -> wallets.debit(id, ONE, "x", key())));
        assertThrows(NotFoundException.class, () -> CLINICA_ADMIN.call(() -> wallets.credit(id, ONE, null, null,
                key())));

        assertThat(PETHOTEL_STAFF.call(() -> wallets.summary(id)).balance()).isEqualByComparingTo("5.00");
    }

    private Long newClient() throws Exception {
        return PETHOTEL_STAFF.call(() -> clients.create(ServiceData.person("Carteira " + uniqueWord(), cpf()))).id();
    }

    /** The whole ledger, newest first, read page by page. */
    private List<WalletEntryRow> ledger(Long id) throws Exception {
        List<WalletEntryRow> all = new ArrayList<>();
        WalletEntryPage page;
        do {
            int first = all.size();
            page = PETHOTEL_STAFF.call(() -> wallets.entries(id, first, 200));
            all.addAll(page.items());
        } while (!page.items().isEmpty() && all.size() < page.total());
        return all;
    }

    private static String key() {
        return java.util.UUID.randomUUID().toString();
    }

    /** Runs the work on that many threads started together; whatever they throw ends up in {@code failures}. */
    private static void inThreads(int count, ThreadWork work, Queue<Throwable> failures) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            int thread = t;
            threads.add(new Thread(() -> {
                try {
                    start.await();
                    work.run(thread);
                } catch (Throwable failure) {
                    failures.add(failure);
                }
            }, "wallet-it-" + t));
        }
        threads.forEach(Thread::start);
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
    }

    @FunctionalInterface
    private interface ThreadWork {
        void run(int thread) throws Exception;
    }
}
