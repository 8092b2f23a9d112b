package br.com.clientela.invoices.control;

import br.com.clientela.invoices.boundary.PaymentInput;
import br.com.clientela.invoices.boundary.PaymentResult;
import br.com.clientela.invoices.boundary.PaymentRow;
import br.com.clientela.invoices.entity.Invoice;
import br.com.clientela.invoices.entity.InvoiceStatus;
import br.com.clientela.invoices.entity.Payment;
import br.com.clientela.payments.boundary.PaymentReceived;
import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.shared.ConflictException;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.shared.money.Money;
import br.com.clientela.transactions.control.TransactionRecorder;
import br.com.clientela.transactions.entity.FinancialAccount;
import br.com.clientela.transactions.entity.SystemAccount;
import br.com.clientela.transactions.entity.SystemCategory;
import br.com.clientela.wallet.control.WalletLedger;
import br.com.clientela.wallet.entity.EntryType;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Registers a payment of an invoice in the caller's transaction. The invoice row is locked (SELECT ... FOR
 * UPDATE) first, so payments of one invoice take turns: the amount due they check is the one they change, and
 * an idempotency key is looked up under that lock, so a replay sees the first payment.
 *
 * <p>Transactions (movimentações), the sign rule: a payment's transaction is always {@code +amount} in the
 * category PAYMENT, so that category sums what invoices received whatever the method. The account says where
 * the money is: the chosen account (or the method's default: cash to the till, the rest to the bank); for
 * WALLET, the clients' wallet account, because that money came into the company when the wallet was topped up
 * (that top-up is the transaction that brought it into the bank or till). The wallet debit itself writes no
 * second transaction ({@code writeTransaction} false), so the payment is counted once.
 */
@Dependent
public class PaymentRegistration {

    /** The transactions' and PaymentReceived's name for an invoice payment. */
    public static final String REFERENCE = "INVOICE_PAYMENT";

    /** Wallet keys share the company's key space with manual wallet movements: this keeps them apart. */
    static final String WALLET_KEY_PREFIX = "fatura-";

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Inject
    WalletLedger wallet;

    @Inject
    TransactionRecorder transactions;

    @Inject
    OverdueAlerts alerts;

    @Inject
    Event<PaymentReceived> received;

    public PaymentResult pay(Long invoiceId, PaymentInput input, String actor, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String key = key(input.idempotencyKey(), errors);
        BigDecimal amount = amount(input.amount(), errors);
        if (input.method() == null) {
            errors.put("method", "Escolha a forma de pagamento.");
        }
        LocalDate paidOn = input.paidOn() == null ? today : input.paidOn();
        if (paidOn.isAfter(today)) {
            errors.put("paidOn", "A data do pagamento não pode ser futura.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Invoice invoice = locked(em, invoiceId);
        Optional<Payment> first = byKey(key);
        if (first.isPresent()) {
            return replay(first.get(), invoice, amount, input.method());
        }
        if (invoice.getStatus() == InvoiceStatus.CANCELLED) {
            throw new ConflictException("status", "A fatura nº " + invoice.getNumber()
                    + " está cancelada e não recebe pagamentos.");
        }
        if (invoice.getStatus() == InvoiceStatus.PAID) {
            throw new ConflictException("status", "A fatura nº " + invoice.getNumber() + " já está paga.");
        }
        if (amount.compareTo(invoice.amountDue()) > 0) {
            throw new InvalidInputException("amount", "O pagamento de " + Money.format(amount)
                    + " excede o valor em aberto de " + Money.format(invoice.amountDue()) + ".");
        }
        FinancialAccount account = account(input.method(), input.accountId());
        Long clientId = invoice.getClient().getId();
        String description = "Pagamento da fatura nº " + invoice.getNumber();
        if (input.method() == PaymentMethod.WALLET) {
            // Refuses (422 on amount) when the balance is short; the rollback then undoes everything.
            wallet.apply(clientId, EntryType.DEBIT, amount, null, description, WALLET_KEY_PREFIX + key, actor, false);
        }
        Payment payment = new Payment(invoice, amount, input.method(), paidOn, account, actor, key);
        em.persist(payment);
        try {
            em.flush();
        } catch (PersistenceException clash) {
            // Only the key can clash here: the same key sent at the same instant for another invoice.
            throw keyUsedElsewhere();
        }
        transactions.record(clientId, SystemCategory.PAYMENT, amount, input.method(), account, description, actor,
                REFERENCE, payment.getId());
        invoice.registerPayment(amount);
        received.fire(new PaymentReceived(clientId, amount, input.method(), REFERENCE, payment.getId()));
        alerts.refreshClient(clientId, today);
        return result(payment, invoice, false);
    }

    /**
     * A payment amount: more than zero, at most two decimals; the refusal is added to {@code errors}.
     *
     * @return the amount with two decimals, or null when refused
     */
    public static BigDecimal amount(BigDecimal amount, Map<String, String> errors) {
        if (amount == null) {
            errors.put("amount", "Informe o valor do pagamento.");
        } else if (amount.signum() <= 0) {
            errors.put("amount", "O valor deve ser maior que zero.");
        } else if (!Money.isTypedAmount(amount)) {
            errors.put("amount", "Use no máximo 2 casas decimais (centavos).");
        } else {
            return amount.setScale(Money.SCALE);
        }
        return null;
    }

    static String key(String idempotencyKey, Map<String, String> errors) {
        String key = idempotencyKey == null ? "" : idempotencyKey.strip();
        if (key.isEmpty()) {
            errors.put("idempotencyKey", "Envie uma chave de idempotência (cabeçalho Idempotency-Key) para que o "
                    + "pagamento não seja registrado duas vezes por engano.");
        } else if (key.length() > Payment.KEY_MAX) {
            errors.put("idempotencyKey", "A chave de idempotência tem no máximo " + Payment.KEY_MAX + " caracteres.");
        }
        return key;
    }

    public static PaymentRow row(Payment payment) {
        FinancialAccount account = payment.getAccount();
        return new PaymentRow(payment.getId(), payment.getInvoiceId(), payment.getAmount(), payment.getMethod(),
                payment.getPaidOn(), account == null ? null : account.getId(),
                account == null ? null : account.getName(), payment.getActor(), payment.getAt(),
                payment.getRefundedAt(), payment.getRefundedBy(), payment.getRefundReason());
    }

    private FinancialAccount account(PaymentMethod method, Long accountId) {
        if (method != PaymentMethod.WALLET) {
            return transactions.chosenAccount("accountId", accountId, method);
        }
        FinancialAccount wallets = transactions.account(SystemAccount.WALLET);
        if (accountId != null && !accountId.equals(wallets.getId())) {
            throw new InvalidInputException("accountId", "Um pagamento com a carteira fica na conta \""
                    + wallets.getName() + "\": não escolha outra conta.");
        }
        return wallets;
    }

    static Invoice locked(EntityManager em, Long invoiceId) {
        return em.createQuery("select i from Invoice i where i.id = :id", Invoice.class)
                .setParameter("id", invoiceId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Fatura não encontrada."));
    }

    private Optional<Payment> byKey(String key) {
        return em.createQuery("select p from Payment p where p.idempotencyKey = :key", Payment.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /** The first result again, if the request is the same one; a key reused for something else is refused. */
    private static PaymentResult replay(Payment first, Invoice invoice, BigDecimal amount, PaymentMethod method) {
        if (!first.getInvoiceId().equals(invoice.getId()) || first.getAmount().compareTo(amount) != 0
                || first.getMethod() != method) {
            throw keyUsedElsewhere();
        }
        return result(first, invoice, true);
    }

    static PaymentResult result(Payment payment, Invoice invoice, boolean replayed) {
        return new PaymentResult(row(payment), invoice.getStatus(), invoice.getAmountPaid(), invoice.amountDue(),
                replayed);
    }

    private static ConflictException keyUsedElsewhere() {
        return new ConflictException("idempotencyKey", "Esta chave de idempotência já foi usada em outro pagamento "
                + "(outra fatura, valor ou forma). Use uma chave nova para cada pagamento.");
    }
}
