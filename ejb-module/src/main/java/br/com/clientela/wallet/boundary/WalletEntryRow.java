package br.com.clientela.wallet.boundary;

import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.wallet.entity.EntryType;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One ledger line as the tab and the API list it. */
public record WalletEntryRow(Long id, EntryType type, BigDecimal amount, BigDecimal balanceAfter, String reason,
        PaymentMethod method, String actor, LocalDateTime at) {
}
