package br.com.clientela.demo.boundary;

import br.com.clientela.catalog.entity.CatalogItem;
import br.com.clientela.catalog.entity.CatalogItemKind;
import br.com.clientela.clients.entity.Client;
import br.com.clientela.invoices.boundary.PaymentInput;
import br.com.clientela.invoices.control.OverdueAlerts;
import br.com.clientela.invoices.control.PaymentRegistration;
import br.com.clientela.invoices.entity.Invoice;
import br.com.clientela.lines.boundary.LineInput;
import br.com.clientela.lines.boundary.LineTotals;
import br.com.clientela.lines.control.DocumentNumbering;
import br.com.clientela.lines.control.SaleLines;
import br.com.clientela.lines.entity.DocumentKind;
import br.com.clientela.lines.entity.SaleLine;
import br.com.clientela.orders.boundary.OrderService;
import br.com.clientela.orders.control.OrderFigures;
import br.com.clientela.orders.entity.OrderStatus;
import br.com.clientela.orders.entity.OrderStatusChange;
import br.com.clientela.orders.entity.OrderType;
import br.com.clientela.orders.entity.SalesOrder;
import br.com.clientela.payments.boundary.PaymentReceived;
import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.transactions.control.TransactionRecorder;
import br.com.clientela.transactions.entity.SystemCategory;
import br.com.clientela.quotes.control.QuoteHistory;
import br.com.clientela.quotes.control.QuoteTransitions;
import br.com.clientela.quotes.entity.Quote;
import br.com.clientela.quotes.entity.QuoteStatus;
import br.com.clientela.quotes.entity.QuoteTarget;
import br.com.clientela.reviews.entity.Review;
import br.com.clientela.rewards.control.RewardGranting;
import br.com.clientela.rewards.entity.RewardEntry;
import br.com.clientela.rewards.entity.RewardKind;
import br.com.clientela.shared.tenancy.TenantScope;
import br.com.clientela.wallet.control.WalletLedger;
import br.com.clientela.wallet.entity.EntryType;
import br.com.clientela.wallet.entity.Wallet;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The money side of a demo company, so its money pages are not empty on first run: five catalog items of a pet
 * hotel, three quotes (a draft, one sent, one accepted and converted into an order), three orders (open, in
 * progress, paid), four invoices (paid, partly paid, open, and one issued 40 days ago and due 10 days ago, so
 * overdue with its FINANCIAL alert), a wallet top-up, reward points granted to two clients and a review of the
 * paid order.
 * <p>
 * It runs at start-up without a caller, so the boundaries (all {@code @RolesAllowed}) cannot be called: like
 * {@link DemoCompanySeeder} it enters the company with {@link TenantScope} in its own transaction and goes through
 * the same control classes the boundaries use — {@link SaleLines}, {@link DocumentNumbering} (gapless numbers),
 * {@link QuoteHistory} and {@link QuoteTransitions}, {@link PaymentRegistration} (transactions, total spent,
 * points per R$ paid), {@link WalletLedger} and {@link OverdueAlerts} — so the figures agree as if staff had
 * typed it all. The only shortcut is opening the wallet here, as an entity.
 * Everything happens to the company's first clients (by id); tests make clients of their own and never count
 * these.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoMoneySeeder {

    /** How many of the company's first clients the demo money is spread over. */
    static final int CLIENTS = 7;

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Inject
    SaleLines saleLines;

    @Inject
    DocumentNumbering numbering;

    @Inject
    QuoteHistory quoteHistory;

    @Inject
    PaymentRegistration payments;

    @Inject
    WalletLedger wallet;

    @Inject
    OverdueAlerts overdue;

    @Inject
    RewardGranting rewards;

    @Inject
    Event<PaymentReceived> paymentReceived;

    @Inject
    TransactionRecorder transactions;

    @PermitAll
    public void addMoney(long companyId, String actor) {
        TenantScope.enter(em, companyId);
        LocalDate today = LocalDate.now();
        List<Client> clients = em.createQuery("select c from Client c order by c.id", Client.class)
                .setMaxResults(CLIENTS).getResultList();
        if (clients.size() < CLIENTS) {
            throw new IllegalStateException("Demo money needs " + CLIENTS + " clients, the company has "
                    + clients.size());
        }
        CatalogItem stay = item(CatalogItemKind.SERVICE, "Diária de hospedagem", "HOSP-DIARIA", "120.00");
        CatalogItem daycare = item(CatalogItemKind.SERVICE, "Daycare (meio período)", "DAYCARE-MEIO", "70.00");
        CatalogItem bath = item(CatalogItemKind.SERVICE, "Banho e tosa", "BANHO-TOSA", "95.00");
        CatalogItem food = item(CatalogItemKind.PRODUCT, "Ração premium 2 kg", "RACAO-2KG", "89.90");
        CatalogItem treat = item(CatalogItemKind.PRODUCT, "Petisco natural", "PETISCO", "19.90");
        em.flush();

        quote(clients.get(4), today.plusDays(15), QuoteStatus.DRAFT, actor,
                line(stay, "5"), line(bath, "1"));
        quote(clients.get(2), today.plusDays(10), QuoteStatus.SENT, actor,
                line(daycare, "10"), line(treat, "2"));
        Quote accepted = quote(clients.get(5), today.plusDays(7), QuoteStatus.ACCEPTED, actor,
                line(stay, "3"), line(food, "1"));

        SalesOrder fromQuote = order(clients.get(5), "Em andamento", accepted, actor,
                accepted.getLines().stream().map(LineInput::of).toArray(LineInput[]::new));
        QuoteTransitions.check(accepted.getStatus(), QuoteStatus.CONVERTED);
        quoteHistory.converted(accepted, QuoteTarget.ORDER, fromQuote.getId(), String.valueOf(fromQuote.getNumber()),
                actor);
        order(clients.get(6), "Aberto", null, actor, line(bath, "1"), line(treat, "3"));
        SalesOrder paid = order(clients.get(0), "Pago", null, actor, line(daycare, "4"), line(food, "1"));
        em.persist(new Review(clients.get(0), 5, "Adorou o daycare, voltou cansado e feliz!", paid, actor,
                LocalDateTime.now().truncatedTo(ChronoUnit.MICROS)));

        Invoice settled = invoice(clients.get(0), today.minusDays(20), today.minusDays(5), actor,
                line(stay, "2"), line(bath, "1"));
        pay(settled, settled.getTotal(), PaymentMethod.PIX, today.minusDays(7), "demo-pagamento-1", actor, today);
        Invoice partly = invoice(clients.get(1), today.minusDays(5), today.plusDays(25), actor,
                line(stay, "2"), line(daycare, "1"));
        pay(partly, new BigDecimal("100.00"), PaymentMethod.CASH, today.minusDays(2), "demo-pagamento-2", actor,
                today);
        invoice(clients.get(2), today, today.plusDays(15), actor, line(daycare, "5"));
        Invoice late = invoice(clients.get(3), today.minusDays(40), today.minusDays(10), actor,
                line(stay, "1"), line(treat, "1"));
        overdue.refreshClient(late.getClient().getId(), today);

        em.persist(new Wallet(clients.get(1).getId()));
        em.flush();
        wallet.apply(clients.get(1).getId(), EntryType.CREDIT, new BigDecimal("200.00"), PaymentMethod.PIX,
                "Recarga de boas-vindas (demonstração)", "demo-recarga-1", actor, true);

        grant(clients.get(0), 150, "Cliente fiel desde a inauguração", actor, today);
        grant(clients.get(6), 50, "Indicou uma amiga", actor, today);
        em.flush();
    }

    private CatalogItem item(CatalogItemKind kind, String name, String code, String price) {
        CatalogItem item = new CatalogItem(kind, name, code, new BigDecimal(price));
        em.persist(item);
        return item;
    }

    private static LineInput line(CatalogItem item, String quantity) {
        return new LineInput(item.getId(), null, new BigDecimal(quantity), null, null);
    }

    /** A quote moved from DRAFT to {@code status} one step at a time, each step recorded. */
    private Quote quote(Client client, LocalDate validUntil, QuoteStatus status, String actor, LineInput... lines) {
        List<SaleLine> resolved = saleLines.resolve(List.of(lines));
        LineTotals totals = LineTotals.of(resolved);
        Quote quote = new Quote(numbering.next(DocumentKind.QUOTE), actor);
        quote.change(client.getId(), validUntil, null, resolved, totals.gross(), totals.discount(), totals.total());
        em.persist(quote);
        em.flush();
        quoteHistory.created(quote, actor);
        for (QuoteStatus step : List.of(QuoteStatus.SENT, QuoteStatus.ACCEPTED)) {
            if (quote.getStatus() == status) {
                break;
            }
            QuoteTransitions.check(quote.getStatus(), step);
            quoteHistory.move(quote, step, actor, null);
        }
        return quote;
    }

    /** An order of the first type in the status named; a paid status announces the payment, as OrderService does. */
    private SalesOrder order(Client client, String statusName, Quote source, String actor, LineInput... lines) {
        List<SaleLine> resolved = saleLines.resolve(List.of(lines));
        OrderType type = em.createQuery("select t from OrderType t where t.active = true order by t.position, t.id",
                OrderType.class).setMaxResults(1).getSingleResult();
        OrderStatus status = em.createQuery("select s from OrderStatus s where s.name = :name", OrderStatus.class)
                .setParameter("name", statusName).getSingleResult();
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        SalesOrder order = new SalesOrder(numbering.next(DocumentKind.ORDER), client.getId(), type, status,
                source == null ? null : source.getId(), source == null ? null : source.getNumber(), actor, now);
        OrderFigures figures = OrderFigures.of(resolved);
        order.replaceLines(resolved, figures.itemCount(), figures.gross(), figures.discount(), figures.total());
        boolean paid = order.moveTo(status, now);
        em.persist(order);
        em.flush();
        em.persist(new OrderStatusChange(order.getId(), null, status.getId(), actor, now));
        if (paid) {
            // Its money comes in as OrderService records it: a PAYMENT transaction, which also counts what the
            // client paid.
            if (order.getTotal().signum() > 0) {
                transactions.record(client.getId(), SystemCategory.PAYMENT, order.getTotal(), PaymentMethod.PIX,
                        transactions.defaultAccount(PaymentMethod.PIX), "Pagamento do pedido nº " + order.getNumber(),
                        actor, OrderService.PAYMENT_SOURCE, order.getId());
            }
            paymentReceived.fire(new PaymentReceived(client.getId(), order.getTotal(), PaymentMethod.PIX,
                    OrderService.PAYMENT_SOURCE, order.getId()));
        }
        return order;
    }

    private Invoice invoice(Client client, LocalDate issued, LocalDate due, String actor, LineInput... lines) {
        Invoice invoice = new Invoice(numbering.next(DocumentKind.INVOICE), client, saleLines.resolve(List.of(lines)),
                issued, due, "Fatura de demonstração.", actor);
        em.persist(invoice);
        em.flush();
        return invoice;
    }

    private void pay(Invoice invoice, BigDecimal amount, PaymentMethod method, LocalDate paidOn, String key,
            String actor, LocalDate today) {
        payments.pay(invoice.getId(), new PaymentInput(amount, method, null, paidOn, key), actor, today);
    }

    private void grant(Client client, int points, String reason, String actor, LocalDate today) {
        em.persist(RewardEntry.grant(client.getId(), points, RewardKind.GRANT_MANUAL, reason,
                RewardGranting.defaultExpiry(rewards.rules(), today), actor, null));
    }
}
