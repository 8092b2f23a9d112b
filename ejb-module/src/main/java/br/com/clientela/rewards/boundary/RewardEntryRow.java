package br.com.clientela.rewards.boundary;

import br.com.clientela.rewards.entity.RewardKind;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A line of the points ledger as pages and the API show it; {@code remaining} only means something for grants. */
public record RewardEntryRow(Long id, LocalDateTime at, RewardKind kind, int points, int remaining, String reason,
        LocalDate expiresAt, String actor) {
}
