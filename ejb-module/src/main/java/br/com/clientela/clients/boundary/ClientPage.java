package br.com.clientela.clients.boundary;

import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * A page of the client list and how many clients match: exactly when they end within
 * {@link #countLimit(int, int)} rows of the page's first one, otherwise {@code total} is that limit and
 * {@code totalExact} false ("at least"). Counting every match of a broad search among a million clients costs
 * far more than the page itself (BENCHMARKS.md), and a paginator shows only the next few pages anyway.
 */
public record ClientPage(List<ClientRow> items, long total, boolean totalExact) {

    /**
     * @param countUpTo counts the matches up to the given limit and one more (more than the limit: limit + 1);
     *                  not called when the page itself tells the total (a short page, or an empty first page)
     */
    static ClientPage of(List<ClientRow> items, int first, int size, LongUnaryOperator countUpTo) {
        if (!items.isEmpty() && items.size() < size || first == 0 && items.isEmpty()) {
            return new ClientPage(items, (long) first + items.size(), true);
        }
        long limit = countLimit(first, size);
        long counted = countUpTo.applyAsLong(limit);
        return counted > limit ? new ClientPage(items, limit, false) : new ClientPage(items, counted, true);
    }

    /**
     * How far a list counts from a page: {@link ClientService#COUNT_AHEAD} rows past its first one, or eleven
     * pages when pages are bigger; as the person pages on, the limit moves on.
     */
    public static long countLimit(int first, int size) {
        long ahead = Math.max(ClientService.COUNT_AHEAD, (long) size * 11);
        return Math.min(first + ahead, Integer.MAX_VALUE - 1);
    }
}
