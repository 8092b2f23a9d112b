package br.com.clientela.wallet.boundary;

import br.com.clientela.wallet.entity.EntryType;
import br.com.clientela.wallet.entity.WalletEntry;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * The result of a credit or debit: its ledger entry and the balance right after it. {@code replayed} is true
 * when the idempotency key had already been used for this same operation and nothing moved now.
 */
public record WalletMovement(Long entryId, EntryType type, BigDecimal amount, BigDecimal balanceAfter,
        LocalDateTime at, boolean replayed) {

    public static WalletMovement of(WalletEntry entry, boolean replayed) {
        return new WalletMovement(entry.getId(), entry.getType(), entry.getAmount(), entry.getBalanceAfter(),
                entry.getAt(), replayed);
    }
}
