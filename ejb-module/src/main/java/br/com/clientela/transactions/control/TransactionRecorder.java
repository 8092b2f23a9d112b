package br.com.clientela.transactions.control;

import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.transactions.boundary.MoneyCounted;
import br.com.clientela.transactions.entity.FinancialAccount;
import br.com.clientela.transactions.entity.SystemAccount;
import br.com.clientela.transactions.entity.SystemCategory;
import br.com.clientela.transactions.entity.Transaction;
import br.com.clientela.transactions.entity.TransactionCategory;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;

/**
 * Writes the transaction (movimentação) of a movement of money, in the caller's transaction, so the movement
 * and its record are saved together or not at all. Categories and accounts are the caller's company's
 * (tenancy); a system category or account missing (renamed is fine, deleted is not possible) is a bug.
 * <p>
 * Money is counted once: only a movement in one of the company's own accounts is money in or out
 * ({@link #counts}). The clients' wallets account holds what clients prepaid, which was counted when it came in (a
 * top-up, into the till or the bank); paying an invoice from it, redeeming points into it or giving a wallet
 * payment back into it moves nothing into or out of the company. The transactions' totals and what each client
 * paid ({@link MoneyCounted}) follow this one rule.
 */
@Dependent
public class TransactionRecorder {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Inject
    Event<MoneyCounted> counted;

    /**
     * @param signedAmount positive for money in, negative for money out; never zero
     * @param account where the money went or came from; null only when no account applies
     */
    public Transaction record(Long clientId, SystemCategory category, BigDecimal signedAmount, PaymentMethod method,
            FinancialAccount account, String description, String actor, String referenceType, Long referenceId) {
        return record(clientId, category(category), signedAmount, method, account, description, actor, referenceType,
                referenceId);
    }

    public Transaction record(Long clientId, TransactionCategory category, BigDecimal signedAmount,
            PaymentMethod method, FinancialAccount account, String description, String actor, String referenceType,
            Long referenceId) {
        Transaction transaction = new Transaction(clientId, category, signedAmount, method, account, description,
                actor, referenceType, referenceId);
        em.persist(transaction);
        if (counts(account)) {
            counted.fire(new MoneyCounted(clientId, signedAmount));
        }
        return transaction;
    }

    /** Whether a movement in this account is money into or out of the company (not the clients' wallets). */
    public static boolean counts(FinancialAccount account) {
        return account == null || account.getCode() != SystemAccount.WALLET;
    }

    public TransactionCategory category(SystemCategory code) {
        return em.createQuery("select c from TransactionCategory c where c.code = :code", TransactionCategory.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Missing system category " + code));
    }

    public FinancialAccount account(SystemAccount code) {
        return em.createQuery("select a from FinancialAccount a where a.code = :code", FinancialAccount.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Missing system account " + code));
    }

    /** The account money paid by {@code method} goes to when none is chosen: cash to the till, the rest to the bank. */
    public FinancialAccount defaultAccount(PaymentMethod method) {
        return account(method == PaymentMethod.WALLET ? SystemAccount.WALLET
                : method == PaymentMethod.CASH ? SystemAccount.CASH : SystemAccount.BANK);
    }

    /**
     * The chosen account of the caller's company, or the default for the method when none is chosen.
     *
     * @param field the input field named when the account is unknown or inactive
     */
    public FinancialAccount chosenAccount(String field, Long accountId, PaymentMethod method) {
        if (accountId == null) {
            return defaultAccount(method);
        }
        FinancialAccount account = em.find(FinancialAccount.class, accountId);
        if (account == null) {
            throw new InvalidInputException(field, "Conta financeira não encontrada.");
        }
        if (!account.isActive()) {
            throw new InvalidInputException(field, "A conta \"" + account.getName() + "\" está inativa.");
        }
        if (account.getCode() == SystemAccount.WALLET && method != PaymentMethod.WALLET) {
            // That account is the clients' prepaid balance: only the wallet itself moves money there.
            throw new InvalidInputException(field, "A conta \"" + account.getName() + "\" guarda o saldo pré-pago "
                    + "dos clientes: escolha onde o dinheiro entrou (caixa, banco...).");
        }
        return account;
    }
}
