package br.com.clientela.rewards.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Points and reais. Earning: {@code floor(amount × points per R$ 1,00)}, so R$ 10,99 at 1 point per real earns 10.
 * Redeeming: at a rate of N points per R$ 1,00 only whole cents are credited, so the points redeemed must be a
 * multiple of {@link #step(int)} (at 100 points per real any number is fine: 1 point is 1 centavo; at 150, a
 * multiple of 3). Refusing the rest, rather than rounding it away, means no point is ever lost silently.
 */
public final class RewardConversion {

    private static final BigDecimal CENTS_PER_REAL = BigDecimal.valueOf(100);

    private RewardConversion() {
    }

    /** The most points one payment earns, so a ledger of many payments still sums within an int. */
    public static final int MAX_EARNED = 10_000_000;

    /** The points a payment of {@code amount} earns, at most {@link #MAX_EARNED}; 0 for nothing paid or a rate of 0. */
    public static int pointsFor(BigDecimal amount, int pointsPerReal) {
        if (amount == null || amount.signum() <= 0 || pointsPerReal <= 0) {
            return 0;
        }
        BigDecimal points = amount.multiply(BigDecimal.valueOf(pointsPerReal)).setScale(0, RoundingMode.FLOOR);
        return points.min(BigDecimal.valueOf(MAX_EARNED)).intValueExact();
    }

    /** The smallest number of points that converts into whole cents at this rate. */
    public static int step(int rate) {
        return rate / BigInteger.valueOf(rate).gcd(BigInteger.valueOf(100)).intValueExact();
    }

    public static boolean convertsExactly(int points, int rate) {
        return points > 0 && points % step(rate) == 0;
    }

    /** The wallet credit for {@code points}, in reais with 2 decimals; only for points that convert exactly. */
    public static BigDecimal credit(int points, int rate) {
        if (!convertsExactly(points, rate)) {
            throw new IllegalArgumentException(points + " points do not convert into whole cents at " + rate);
        }
        long cents = (long) points * 100 / rate;
        return BigDecimal.valueOf(cents).divide(CENTS_PER_REAL).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** What the largest redeemable part of {@code points} is worth, in reais (for showing the balance). */
    public static BigDecimal value(int points, int rate) {
        int usable = points - points % step(rate);
        return usable <= 0 ? BigDecimal.ZERO.setScale(2) : credit(usable, rate);
    }
}
