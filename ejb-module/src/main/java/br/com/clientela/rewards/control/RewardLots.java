package br.com.clientela.rewards.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of a client's grants ("lots" of points), with no database: what is available on a day, which
 * grants a redemption takes from, and what has expired. Redemptions take from the oldest grant first (FIFO, the
 * order the lots are given in), skipping expired ones; a grant is usable up to and including its expiry date and
 * expires the day after, with whatever is left of it.
 */
public final class RewardLots {

    /** A grant with what is left of it; {@code expiresAt} null never expires. */
    public record Lot(long id, int remaining, LocalDate expiresAt) {
    }

    /** Points taken from one grant. */
    public record Take(long lotId, int points) {
    }

    private RewardLots() {
    }

    public static boolean isExpired(LocalDate expiresAt, LocalDate today) {
        return expiresAt != null && expiresAt.isBefore(today);
    }

    /** The points usable today: what is left of the grants not expired. */
    public static int available(List<Lot> lots, LocalDate today) {
        return lots.stream().filter(lot -> !isExpired(lot.expiresAt(), today)).mapToInt(Lot::remaining).sum();
    }

    /**
     * Which grants a redemption of {@code points} takes from, oldest first.
     *
     * @param lots the client's grants, oldest first
     * @throws IllegalArgumentException when fewer points are available (the caller checks first)
     */
    public static List<Take> redeem(List<Lot> lots, int points, LocalDate today) {
        if (points <= 0) {
            throw new IllegalArgumentException("Redeem a positive number of points, not " + points);
        }
        List<Take> takes = new ArrayList<>();
        int missing = points;
        for (Lot lot : lots) {
            if (missing == 0) {
                break;
            }
            if (lot.remaining() <= 0 || isExpired(lot.expiresAt(), today)) {
                continue;
            }
            int taken = Math.min(missing, lot.remaining());
            takes.add(new Take(lot.id(), taken));
            missing -= taken;
        }
        if (missing > 0) {
            throw new IllegalArgumentException("Only " + available(lots, today) + " points available, not " + points);
        }
        return takes;
    }

    /** What expires today: everything left of each grant whose expiry date has passed. */
    public static List<Take> expired(List<Lot> lots, LocalDate today) {
        return lots.stream()
                .filter(lot -> lot.remaining() > 0 && isExpired(lot.expiresAt(), today))
                .map(lot -> new Take(lot.id(), lot.remaining()))
                .toList();
    }
}
