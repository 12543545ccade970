package dev.spillway.sim.report;

import java.util.Arrays;

/**
 * Percentiles of a set of latencies, in milliseconds; all zero for an empty set.
 *
 * @param count how many latencies
 * @param p50Ms median
 * @param p95Ms 95th percentile
 * @param p99Ms 99th percentile
 * @param maxMs the largest
 */
public record LatencyStats(long count, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

    private static final LatencyStats EMPTY = new LatencyStats(0, 0, 0, 0, 0);

    /** Exact nearest-rank percentiles of {@code nanos}, which this sorts in place. */
    public static LatencyStats of(long[] nanos) {
        if (nanos.length == 0) {
            return EMPTY;
        }
        Arrays.sort(nanos);
        return new LatencyStats(nanos.length, millis(rank(nanos, 0.50)),
                millis(rank(nanos, 0.95)), millis(rank(nanos, 0.99)),
                millis(nanos[nanos.length - 1]));
    }

    /** The nearest-rank {@code quantile} of sorted {@code values} (one of them, no blending). */
    public static long rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double millis(long nanos) {
        return Math.round(nanos / 1000.0) / 1000.0;
    }
}
