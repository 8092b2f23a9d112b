package br.com.clientela.wallet.control;

import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.shared.ConflictException;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.transactions.control.TransactionRecorder;
import br.com.clientela.transactions.entity.FinancialAccount;
import br.com.clientela.transactions.entity.SystemCategory;
import br.com.clientela.wallet.boundary.WalletMovement;
import br.com.clientela.wallet.entity.EntryType;
import br.com.clientela.wallet.entity.Wallet;
import br.com.clientela.wallet.entity.WalletEntry;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Moves money in and out of a wallet in the caller's transaction. The wallet row is locked (SELECT ... FOR
 * UPDATE) before anything is read, so operations on one wallet run one after the other: the balance check,
 * the new balance, the ledger entry and the transaction always agree. The idempotency key is looked up under
 * that lock, so a replay of the same wallet sees the first result; a key used at the same instant for another
 * wallet is caught by the unique constraint and refused.
 */
@Dependent
public class WalletLedger {

    public static final String REFERENCE = "WALLET_ENTRY";

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Inject
    TransactionRecorder transactions;

    public WalletMovement apply(Long clientId, EntryType type, BigDecimal amount, PaymentMethod method,
            String reason, String idempotencyKey, String actor, boolean writeTransaction) {
        return apply(clientId, type, amount, method, null, reason, idempotencyKey, actor, writeTransaction);
    }

    /**
     * @param account where a credit's money went (a debit's is always the wallet account); null: the method's default
     */
    public WalletMovement apply(Long clientId, EntryType type, BigDecimal amount, PaymentMethod method,
            FinancialAccount account, String reason, String idempotencyKey, String actor, boolean writeTransaction) {
        Wallet wallet = lockedWallet(clientId);
        Optional<WalletEntry> first = byKey(idempotencyKey);
        if (first.isPresent()) {
            return replay(first.get(), wallet, type, amount);
        }
        if (type == EntryType.DEBIT && wallet.getBalance().compareTo(amount) < 0) {
            throw new InvalidInputException("amount", "Saldo insuficiente: a carteira tem "
                    + WalletAmount.format(wallet.getBalance()) + " e o débito é de " + WalletAmount.format(amount) + ".");
        }
        if (type == EntryType.CREDIT && wallet.getBalance().add(amount).compareTo(WalletAmount.MAX) > 0) {
            throw new InvalidInputException("amount", "Com este crédito o saldo passaria do máximo de "
                    + WalletAmount.format(WalletAmount.MAX) + " (a carteira tem " + WalletAmount.format(wallet.getBalance())
                    + ").");
        }
        wallet.move(type == EntryType.CREDIT ? amount : amount.negate());
        WalletEntry entry = new WalletEntry(wallet, type, amount, reason, method, actor, idempotencyKey);
        em.persist(entry);
        if (writeTransaction) {
            // The entry's id is already set (sequence ids are given on persist). A top-up brings money into the till or the bank; a manual debit takes it out of the clients' wallets.
            transactions.record(clientId, type == EntryType.CREDIT ? SystemCategory.WALLET_TOP_UP
                    : SystemCategory.WALLET_DEBIT, type == EntryType.CREDIT ? amount : amount.negate(),
                    type == EntryType.CREDIT ? method : PaymentMethod.WALLET,
                    type == EntryType.CREDIT && account != null ? account
                            : transactions.defaultAccount(type == EntryType.CREDIT ? method : PaymentMethod.WALLET),
                    reason,
                    actor, REFERENCE, entry.getId());
        }
        try {
            em.flush();
        } catch (PersistenceException clash) {
            // Only the key can clash here: the same key sent at the same instant for another client's wallet.
            throw keyUsedElsewhere();
        }
        return WalletMovement.of(entry, false);
    }

    /** The wallet of the client, locked for this transaction; made first if the client has none yet. */
    public Wallet lockedWallet(Long clientId) {
        Optional<Wallet> wallet = findLocked(clientId);
        if (wallet.isPresent()) {
            return wallet.get();
        }
        open(clientId);
        return findLocked(clientId).orElseThrow(() -> new IllegalStateException("Wallet of " + clientId));
    }

    /**
     * Makes the wallet unless it exists. When two first uses race, PostgreSQL makes the second insert wait for the
     * first and then do nothing: no duplicate-key exception (it used to fill server.log with a stack trace per
     * race) and no transaction of its own. Written in SQL, so the company comes from this persistence context's
     * tenant; the id is a value of the entity's own sequence, which EclipseLink never hands out itself.
     */
    private void open(Long clientId) {
        Object company = em.getProperties().get(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT);
        em.createNativeQuery("insert into wallet (id, balance, client_id, version, company_id)"
                        + " values (nextval('wallet_seq'), 0, ?, 1, ?) on conflict (client_id) do nothing")
                .setParameter(1, clientId)
                .setParameter(2, ((Number) company).longValue())
                .executeUpdate();
    }

    private Optional<Wallet> findLocked(Long clientId) {
        return em.createQuery("select w from Wallet w where w.clientId = :client", Wallet.class)
                .setParameter("client", clientId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private Optional<WalletEntry> byKey(String idempotencyKey) {
        return em.createQuery("select e from WalletEntry e where e.idempotencyKey = :key", WalletEntry.class)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    }

    /** The first result again, if the request is the same one; a key reused for something else is refused. */
    private static WalletMovement replay(WalletEntry first, Wallet wallet, EntryType type, BigDecimal amount) {
        if (!first.getWalletId().equals(wallet.getId()) || first.getType() != type
                || first.getAmount().compareTo(amount) != 0) {
            throw keyUsedElsewhere();
        }
        return WalletMovement.of(first, true);
    }

    private static ConflictException keyUsedElsewhere() {
        return new ConflictException("idempotencyKey", "Esta chave de idempotência já foi usada em outra operação "
                + "(outro cliente, tipo ou valor). Use uma chave nova para cada operação.");
    }
}
