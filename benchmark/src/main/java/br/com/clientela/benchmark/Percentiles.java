package br.com.clientela.benchmark;

import java.util.Arrays;

/** Nearest-rank percentiles of a series of durations in milliseconds. */
public record Percentiles(double p50, double p95, int count) {

    public static Percentiles of(double[] millis) {
        if (millis.length == 0) {
            throw new IllegalArgumentException("no measurements");
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Percentiles(rank(sorted, 50), rank(sorted, 95), sorted.length);
    }

    private static double rank(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
