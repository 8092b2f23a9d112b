package br.com.clientela.wallet.boundary;

import java.math.BigDecimal;

/** A client's wallet at a glance: the balance and all that went in and out (zeros before first use). */
public record WalletSummary(BigDecimal balance, BigDecimal totalCredited, BigDecimal totalDebited) {
}
