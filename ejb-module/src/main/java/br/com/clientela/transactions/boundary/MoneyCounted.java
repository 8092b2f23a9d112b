package br.com.clientela.transactions.boundary;

import java.math.BigDecimal;

/**
 * Fired in the transaction that records a movement of money into or out of the company's own accounts (cash, bank,
 * the company's others) for a client: what the client paid is kept from these, so it agrees with the transactions'
 * totals. A movement in the clients' wallets account (a payment from the wallet, a redemption of points) is not
 * money coming in and fires nothing.
 *
 * @param signedAmount positive when money came in, negative when it went out (a refund)
 */
public record MoneyCounted(long clientId, BigDecimal signedAmount) {
}
