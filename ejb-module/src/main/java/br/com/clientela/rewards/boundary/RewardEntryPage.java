package br.com.clientela.rewards.boundary;

import java.util.List;

/** A page of a client's points ledger, newest first, and how many lines it has in all. */
public record RewardEntryPage(List<RewardEntryRow> items, long total) {
}
