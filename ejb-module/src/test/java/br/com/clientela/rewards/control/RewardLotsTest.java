package br.com.clientela.rewards.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.clientela.rewards.control.RewardLots.Lot;
import br.com.clientela.rewards.control.RewardLots.Take;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RewardLotsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void aGrantIsUsableOnItsExpiryDateAndExpiresTheDayAfter() {
        assertThat(RewardLots.isExpired(TODAY, TODAY)).isFalse();
        assertThat(RewardLots.isExpired(TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(RewardLots.isExpired(null, TODAY)).isFalse();
    }

    @Test
    void availableCountsWhatIsLeftOfTheGrantsNotExpired() {
        List<Lot> lots = List.of(new Lot(1, 50, TODAY.minusDays(1)), new Lot(2, 30, TODAY), new Lot(3, 20, null));

        assertThat(RewardLots.available(lots, TODAY)).isEqualTo(50);
        assertThat(RewardLots.available(lots, TODAY.minusDays(1))).isEqualTo(100);
    }

    @Test
    void aRedemptionTakesFromTheOldestGrantsFirstAndSkipsExpiredOnes() {
        List<Lot> lots = List.of(new Lot(1, 40, TODAY.minusDays(3)), new Lot(2, 30, null), new Lot(3, 0, null),
                new Lot(4, 25, TODAY.plusDays(10)), new Lot(5, 100, null));

        List<Take> takes = RewardLots.redeem(lots, 50, TODAY);

        assertThat(takes).containsExactly(new Take(2, 30), new Take(4, 20));
    }

    @Test
    void aRedemptionOfEverythingAvailableEmptiesEveryUsableGrant() {
        List<Lot> lots = List.of(new Lot(1, 10, null), new Lot(2, 15, TODAY));

        assertThat(RewardLots.redeem(lots, 25, TODAY)).containsExactly(new Take(1, 10), new Take(2, 15));
    }

    @Test
    void aRedemptionBeyondWhatIsAvailableIsRefused() {
        List<Lot> lots = List.of(new Lot(1, 10, null), new Lot(2, 90, TODAY.minusDays(1)));

        assertThrows(IllegalArgumentException.class, () -> RewardLots.redeem(lots, 11, TODAY));
        assertThrows(IllegalArgumentException.class, () -> RewardLots.redeem(lots, 0, TODAY));
    }

    @Test
    void expiryTakesWhatIsLeftOfEachLapsedGrantOnly() {
        List<Lot> lots = List.of(new Lot(1, 40, TODAY.minusDays(3)), new Lot(2, 0, TODAY.minusDays(3)),
                new Lot(3, 25, TODAY), new Lot(4, 5, TODAY.minusDays(1)), new Lot(5, 7, null));

        assertThat(RewardLots.expired(lots, TODAY)).containsExactly(new Take(1, 40), new Take(4, 5));
    }

    @Test
    void redeemingThenExpiringLeavesOnlyTheUnusedPartToExpire() {
        // 100 points granted expiring yesterday-in-the-future, 60 redeemed before, the other 40 expire.
        LocalDate grantExpiry = TODAY.plusDays(5);
        List<Take> redeemed = RewardLots.redeem(List.of(new Lot(1, 100, grantExpiry)), 60, TODAY);
        int left = 100 - redeemed.get(0).points();

        assertThat(RewardLots.expired(List.of(new Lot(1, left, grantExpiry)), grantExpiry.plusDays(1)))
                .containsExactly(new Take(1, 40));
    }
}
