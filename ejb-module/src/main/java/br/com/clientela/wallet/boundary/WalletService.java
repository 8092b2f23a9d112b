package br.com.clientela.wallet.boundary;

import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.transactions.control.TransactionRecorder;
import br.com.clientela.transactions.entity.FinancialAccount;
import br.com.clientela.transactions.entity.SystemAccount;
import br.com.clientela.wallet.control.WalletAmount;
import br.com.clientela.wallet.control.WalletLedger;
import br.com.clientela.wallet.entity.EntryType;
import br.com.clientela.wallet.entity.WalletEntry;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * A client's wallet (carteira): add funds, deduct funds, the balance and the ledger. Every operation carries
 * an idempotency key: the same key again answers the first result (flagged {@code replayed}) and moves no
 * money; the same key with another client, type or amount is refused (409). A debit beyond the balance is
 * refused (422) and nothing moves. Each movement also writes a transaction (movimentação). Only clients of
 * the caller's company not in the trash are found, so another company's client answers 404.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class WalletService {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    WalletLedger ledger;

    @Inject
    TransactionRecorder transactions;

    /** Adds funds paid with {@code method} (any but WALLET) into the method's default account. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public WalletMovement credit(Long clientId, BigDecimal amount, PaymentMethod method, String reason,
            String idempotencyKey) {
        return credit(clientId, amount, method, null, reason, idempotencyKey);
    }

    /**
     * Adds funds paid with {@code method} (any but WALLET) into the chosen financial account (null: the method's
     * default; an unknown or inactive one is refused on "accountId"); the reason is optional.
     */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public WalletMovement credit(Long clientId, BigDecimal amount, PaymentMethod method, Long accountId,
            String reason, String idempotencyKey) {
        String key = key(idempotencyKey);
        BigDecimal checked = WalletAmount.positive(amount);
        if (method == PaymentMethod.WALLET) {
            throw new InvalidInputException("method", "Escolha como o dinheiro entrou: a carteira não se recarrega "
                    + "com a própria carteira.");
        }
        String why = reason(reason, false);
        requireClient(clientId);
        FinancialAccount account = transactions.chosenAccount("accountId", accountId, method);
        if (account.getCode() == SystemAccount.WALLET) {
            throw new InvalidInputException("accountId", "Escolha a conta onde o dinheiro entrou (caixa, banco...): "
                    + "a conta das carteiras já é o destino do saldo.");
        }
        return ledger.apply(clientId, EntryType.CREDIT, checked, method, account, why, key, caller(), true);
    }

    /** Deducts funds by hand, with a reason; never beyond the balance. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public WalletMovement debit(Long clientId, BigDecimal amount, String reason, String idempotencyKey) {
        String key = key(idempotencyKey);
        BigDecimal checked = WalletAmount.positive(amount);
        String why = reason(reason, true);
        requireClient(clientId);
        return ledger.apply(clientId, EntryType.DEBIT, checked, null, why, key, caller(), true);
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public WalletSummary summary(Long clientId) {
        requireClient(clientId);
        BigDecimal balance = em.createQuery("select w.balance from Wallet w where w.clientId = :client",
                BigDecimal.class).setParameter("client", clientId).getResultStream().findFirst()
                .orElse(BigDecimal.ZERO.setScale(2));
        Object[] totals = em.createQuery("select sum(case when e.type = :credit then e.amount else 0 end), "
                + "sum(case when e.type = :debit then e.amount else 0 end) from WalletEntry e, Wallet w "
                + "where e.walletId = w.id and w.clientId = :client", Object[].class)
                .setParameter("credit", EntryType.CREDIT)
                .setParameter("debit", EntryType.DEBIT)
                .setParameter("client", clientId)
                .getSingleResult();
        return new WalletSummary(balance, money(totals[0]), money(totals[1]));
    }

    /** A page of the ledger, newest first. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public WalletEntryPage entries(Long clientId, int first, int max) {
        requireClient(clientId);
        long total = em.createQuery("select count(e) from WalletEntry e, Wallet w where e.walletId = w.id "
                + "and w.clientId = :client", Long.class).setParameter("client", clientId).getSingleResult();
        List<WalletEntryRow> rows = em.createQuery("select new br.com.clientela.wallet.boundary.WalletEntryRow("
                + "e.id, e.type, e.amount, e.balanceAfter, e.reason, e.method, e.actor, e.at) "
                + "from WalletEntry e, Wallet w where e.walletId = w.id and w.clientId = :client "
                + "order by e.at desc, e.id desc", WalletEntryRow.class)
                .setParameter("client", clientId)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList();
        return new WalletEntryPage(rows, total);
    }

    private static String key(String idempotencyKey) {
        String key = idempotencyKey == null ? "" : idempotencyKey.strip();
        if (key.isEmpty()) {
            throw new InvalidInputException("idempotencyKey", "Envie uma chave de idempotência (cabeçalho "
                    + "Idempotency-Key) para que a operação não seja repetida por engano.");
        }
        if (key.length() > WalletEntry.KEY_MAX) {
            throw new InvalidInputException("idempotencyKey", "A chave de idempotência tem no máximo "
                    + WalletEntry.KEY_MAX + " caracteres.");
        }
        return key;
    }

    private static String reason(String reason, boolean required) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null && required) {
            throw new InvalidInputException("reason", "Informe o motivo do débito.");
        }
        if (why != null && why.length() > WalletEntry.REASON_MAX) {
            throw new InvalidInputException("reason", "O motivo tem no máximo " + WalletEntry.REASON_MAX
                    + " caracteres.");
        }
        return why;
    }

    private static BigDecimal money(Object sum) {
        return sum == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(sum.toString()).setScale(2);
    }

    private void requireClient(Long clientId) {
        long found = clientId == null ? 0 : em.createQuery("select count(c) from Client c where c.id = :id "
                + "and c.deletedAt is null", Long.class).setParameter("id", clientId).getSingleResult();
        if (found == 0) {
            throw new NotFoundException("Cliente não encontrado.");
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
