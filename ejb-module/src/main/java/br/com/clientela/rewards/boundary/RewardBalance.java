package br.com.clientela.rewards.boundary;

import java.math.BigDecimal;

/**
 * A client's points: what is available today, the company's rate (points for R$ 1,00 of wallet credit), the
 * smallest number of points a redemption may be a multiple of, and what the available points are worth in credit.
 */
public record RewardBalance(int available, int redemptionRate, int redemptionStep, BigDecimal creditValue) {
}
