package br.com.clientela.rewards.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RewardConversionTest {

    @Test
    void pointsForAPaymentAreTheFloorOfAmountTimesPointsPerReal() {
        assertThat(RewardConversion.pointsFor(new BigDecimal("10.99"), 1)).isEqualTo(10);
        assertThat(RewardConversion.pointsFor(new BigDecimal("10.50"), 3)).isEqualTo(31);
        assertThat(RewardConversion.pointsFor(new BigDecimal("0.99"), 1)).isZero();
        assertThat(RewardConversion.pointsFor(new BigDecimal("1234.56"), 2)).isEqualTo(2469);
    }

    @Test
    void nothingPaidOrARateOfZeroEarnsNothing() {
        assertThat(RewardConversion.pointsFor(null, 1)).isZero();
        assertThat(RewardConversion.pointsFor(new BigDecimal("-5.00"), 1)).isZero();
        assertThat(RewardConversion.pointsFor(new BigDecimal("50.00"), 0)).isZero();
    }

    @Test
    void theStepIsTheSmallestNumberOfPointsWorthWholeCents() {
        assertThat(RewardConversion.step(100)).isEqualTo(1);
        assertThat(RewardConversion.step(150)).isEqualTo(3);
        assertThat(RewardConversion.step(1000)).isEqualTo(10);
        assertThat(RewardConversion.step(10)).isEqualTo(1);
        assertThat(RewardConversion.step(7)).isEqualTo(7);
    }

    @Test
    void creditConvertsPointsIntoReaisWithTwoDecimals() {
        assertThat(RewardConversion.credit(250, 100)).isEqualTo(new BigDecimal("2.50"));
        assertThat(RewardConversion.credit(3, 150)).isEqualTo(new BigDecimal("0.02"));
        assertThat(RewardConversion.credit(10, 10)).isEqualTo(new BigDecimal("1.00"));
        assertThat(RewardConversion.credit(7, 7)).isEqualTo(new BigDecimal("1.00"));
    }

    @Test
    void pointsThatDoNotMakeWholeCentsAreRefusedNotRounded() {
        assertThat(RewardConversion.convertsExactly(4, 150)).isFalse();
        assertThrows(IllegalArgumentException.class, () -> RewardConversion.credit(4, 150));
        assertThrows(IllegalArgumentException.class, () -> RewardConversion.credit(0, 100));
    }

    @Test
    void theValueOfABalanceIsWhatItsLargestRedeemablePartIsWorth() {
        assertThat(RewardConversion.value(1001, 1000)).isEqualTo(new BigDecimal("1.00"));
        assertThat(RewardConversion.value(5, 1000)).isEqualTo(new BigDecimal("0.00"));
        assertThat(RewardConversion.value(0, 100)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aHugePaymentAtTheHighestRateEarnsTheCapInsteadOfOverflowing() {
        assertThat(RewardConversion.pointsFor(new BigDecimal("9999999999.99"), 100_000)).isEqualTo(RewardConversion.MAX_EARNED);
        assertThat(RewardConversion.pointsFor(new BigDecimal("30000.00"), 100_000)).isEqualTo(RewardConversion.MAX_EARNED);
    }
}
