package br.com.clientela.wallet.control;

import br.com.clientela.wallet.entity.EntryType;
import br.com.clientela.wallet.entity.Wallet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * The money side of a client merge, before the loser is deleted. The loser's balance goes to the winner's
 * wallet as a CREDIT entry naming the loser (idempotency key {@code mesclagem-<loserId>}); the loser's wallet
 * and ledger go with the loser (on delete cascade), its history of movements stays in its transactions, which
 * become the winner's. No new transaction is written: the money came in once already, when it was credited.
 */
@Dependent
public class WalletMerge {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Inject
    WalletLedger ledger;

    public void moveToWinner(Long loserId, Long winnerId, String loserLabel, String actor) {
        em.createQuery("select w from Wallet w where w.clientId = :client", Wallet.class)
                .setParameter("client", loserId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .filter(wallet -> wallet.getBalance().signum() > 0)
                .ifPresent(wallet -> ledger.apply(winnerId, EntryType.CREDIT, wallet.getBalance(), null,
                        "Saldo da carteira de " + loserLabel + " (mesclagem)", "mesclagem-" + loserId, actor,
                        false));
        em.createQuery("update Transaction t set t.clientId = :winner where t.clientId = :loser")
                .setParameter("winner", winnerId)
                .setParameter("loser", loserId)
                .executeUpdate();
    }
}
