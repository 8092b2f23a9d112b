package br.com.clientela.rewards.boundary;

import java.time.LocalDate;

/** Points given by hand ("designar recompensa"): how many (more than zero), why, and optionally until when. */
public record GrantInput(Integer points, String reason, LocalDate expiresAt) {
}
