package br.com.clientela.rewards.boundary;

import br.com.clientela.rewards.entity.RewardRules;
import br.com.clientela.shared.Versioned;

/**
 * The company's reward rules, as read and as sent (PUT): earn points per R$ 1,00 paid (on/off and how many), the
 * welcome and birthday bonuses (on/off and points), points for R$ 1,00 of wallet credit, and how many days a grant
 * lasts when it has no date of its own (null: forever). {@code version}: the version read (the API's ETag); only
 * read back, a save names the version it is based on separately.
 */
public record RewardRulesView(Boolean earnEnabled, Integer pointsPerReal, Boolean welcomeEnabled,
        Integer welcomePoints, Boolean birthdayEnabled, Integer birthdayPoints, Integer redemptionRate,
        Integer grantValidityDays, Long version) implements Versioned {

    public static RewardRulesView of(RewardRules rules) {
        return new RewardRulesView(rules.isEarnEnabled(), rules.getPointsPerReal(), rules.isWelcomeEnabled(),
                rules.getWelcomePoints(), rules.isBirthdayEnabled(), rules.getBirthdayPoints(),
                rules.getRedemptionRate(), rules.getGrantValidityDays(), rules.getVersion());
    }
}
