package br.com.clientela.service;

import static br.com.clientela.service.ServiceData.cpf;
import static br.com.clientela.service.ServiceData.uniqueWord;
import static br.com.clientela.service.Staff.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.invoices.boundary.InvoiceDetails;
import br.com.clientela.invoices.boundary.InvoiceInput;
import br.com.clientela.invoices.boundary.InvoiceService;
import br.com.clientela.lines.boundary.LineInput;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invoice numbers under concurrency, on PostgreSQL: twenty staff members issuing an invoice for one company at
 * the same instant get exactly the next twenty numbers — no gap, no repeat — because each issue locks the
 * company's INVOICE counter row until it commits.
 */
@ExtendWith(InContainer.class)
class InvoiceNumberingServiceIT {

    @EJB
    ClientService clients;

    @EJB
    InvoiceService invoices;

    @Test
    void twentyInvoicesIssuedAtOnceTakeTheNextTwentyNumbersWithNoGapNorRepeat() throws Exception {
        Long client = PETHOTEL_STAFF.call(() -> clients.create(ServiceData.person("Fatura " + uniqueWord(), cpf()))).id();
        long last = PETHOTEL_STAFF.call(() -> invoices.issue(input(client, "Primeira"))).number();

        Queue<Long> numbers = new ConcurrentLinkedQueue<>();
        Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 20; t++) {
            int thread = t;
            threads.add(new Thread(() -> {
                try {
                    start.await();
                    InvoiceDetails issued = PETHOTEL_STAFF.call(() -> invoices.issue(input(client, "Item " + thread)));
                    numbers.add(issued.number());
                } catch (Throwable failure) {
                    unexpected.add(failure);
                }
            }, "invoice-numbering-it-" + t));
        }
        threads.forEach(Thread::start);
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(unexpected).isEmpty();
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                LongStream.rangeClosed(last + 1, last + 20).boxed().toList());
        long next = PETHOTEL_STAFF.call(() -> invoices.issue(input(client, "Depois"))).number();
        assertThat(next).isEqualTo(last + 21);
    }

    private static InvoiceInput input(Long client, String description) {
        return InvoiceInput.of(client, LocalDate.now(), LocalDate.now().plusDays(10), null,
                List.of(LineInput.free(description, BigDecimal.ONE, new BigDecimal("10.00"), null)));
    }
}
