package br.com.clientela.wallet.control;

import br.com.clientela.wallet.entity.EntryType;
import br.com.clientela.wallet.entity.Wallet;
import br.com.clientela.wallet.entity.WalletEntry;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;

/**
 * The money side of a client merge, before the loser is deleted. The loser's balance goes to the winner's
 * wallet as a CREDIT entry naming the loser (idempotency key {@code mesclagem-<loserId>}) and leaves the loser's
 * wallet by a DEBIT entry; the loser's wallet and ledger stay (the database refuses deleting them, so a loser with a
 * ledger is anonymised instead of deleted: see ClientErasure), its history of movements stays in its transactions, which
 * become the winner's. No new transaction is written: the money came in once already, when it was credited.
 */
@Dependent
public class WalletMerge {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Inject
    WalletLedger ledger;

    public void moveToWinner(Long loserId, Long winnerId, String loserLabel, String actor) {
        String reason = reason(loserLabel);
        em.createQuery("select w from Wallet w where w.clientId = :client", Wallet.class)
                .setParameter("client", loserId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .filter(wallet -> wallet.getBalance().signum() > 0)
                .ifPresent(wallet -> {
                    BigDecimal balance = wallet.getBalance();
                    ledger.apply(winnerId, EntryType.CREDIT, balance, null, reason, "mesclagem-" + loserId, actor,
                            false);
                    // The loser's ledger is kept (money records are never deleted): it ends at zero, the balance
                    // having gone to the winner, so no balance is counted twice.
                    ledger.apply(loserId, EntryType.DEBIT, balance, null, "Saldo transferido para o cliente id "
                            + winnerId + " (mesclagem)", "mesclagem-saida-" + loserId, actor, false);
                });
        em.createQuery("update Transaction t set t.clientId = :winner where t.clientId = :loser")
                .setParameter("winner", winnerId)
                .setParameter("loser", loserId)
                .executeUpdate();
    }

    /** "Saldo da carteira de Maria · CPF ... · id 12 (mesclagem)", the name shortened to fit the reason. */
    private static String reason(String loserLabel) {
        String prefix = "Saldo da carteira de ";
        String suffix = " (mesclagem)";
        int room = WalletEntry.REASON_MAX - prefix.length() - suffix.length();
        // The end names the document and the id, the part that identifies the loser: a long name loses its start.
        String label = loserLabel.length() <= room ? loserLabel
                : "…" + loserLabel.substring(loserLabel.length() - room + 1);
        return prefix + label + suffix;
    }
}
