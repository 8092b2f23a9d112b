package br.com.clientela.rewards.boundary;

import java.math.BigDecimal;

/**
 * The result of redeeming points into wallet credit: the REDEEM line, the points, the credit, and the wallet
 * balance right after it. {@code replayed} is true when the idempotency key had been used for this same redemption
 * and nothing moved now.
 */
public record RewardRedemption(Long entryId, int points, BigDecimal amount, BigDecimal walletBalanceAfter,
        boolean replayed) {
}
