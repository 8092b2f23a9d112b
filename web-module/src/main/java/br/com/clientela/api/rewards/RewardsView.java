package br.com.clientela.api.rewards;

import br.com.clientela.rewards.boundary.RewardBalance;
import br.com.clientela.rewards.boundary.RewardEntryPage;
import br.com.clientela.rewards.boundary.RewardEntryRow;
import java.math.BigDecimal;
import java.util.List;

/** GET /clients/{id}/rewards: the points available, the rate, what they are worth, and a page of the ledger. */
public record RewardsView(int available, int redemptionRate, int redemptionStep, BigDecimal creditValue,
        List<RewardEntryRow> items, long total) {

    static RewardsView of(RewardBalance balance, RewardEntryPage page) {
        return new RewardsView(balance.available(), balance.redemptionRate(), balance.redemptionStep(),
                balance.creditValue(), page.items(), page.total());
    }
}
