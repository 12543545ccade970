package dev.spillway.policy.adaptive;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Durations counted in log-linear buckets (eight per power of two of microseconds, so a
 * quantile is off by at most 12.5%) over a sliding window of sampling intervals.
 *
 * <p>{@link #record} is lock-free and may be called from any thread. {@link #roll} closes the
 * current interval into the window; it and the quantile reads belong to the one sampling
 * thread. A duration recorded while {@code roll} drains the buckets lands in either interval,
 * never in none.
 */
final class LatencyHistogram {

    private static final int SUB_BITS = 3;
    private static final int SUB = 1 << SUB_BITS;
    /** Enough buckets for any long number of microseconds. */
    static final int BUCKETS = (64 - SUB_BITS) * SUB;

    private final AtomicLongArray current = new AtomicLongArray(BUCKETS);
    private final long[][] window;
    private final long[] merged = new long[BUCKETS];
    private long mergedCount;
    private long lastIntervalCount;
    private int next;

    LatencyHistogram(int windowIntervals) {
        this.window = new long[windowIntervals][BUCKETS];
    }

    /** Counts one duration; negative ones count as zero. */
    void record(long nanos) {
        current.incrementAndGet(bucket(Math.max(0, nanos) / 1000));
    }

    /** Ends the current interval: it replaces the oldest one in the window. */
    void roll() {
        long[] slot = window[next];
        next = (next + 1) % window.length;
        lastIntervalCount = 0;
        for (int i = 0; i < BUCKETS; i++) {
            merged[i] -= slot[i];
            mergedCount -= slot[i];
            slot[i] = current.getAndSet(i, 0);
            merged[i] += slot[i];
            mergedCount += slot[i];
            lastIntervalCount += slot[i];
        }
    }

    /** Durations in the interval the last {@link #roll} closed. */
    long lastIntervalCount() {
        return lastIntervalCount;
    }

    /** Durations in the window as of the last {@link #roll}. */
    long count() {
        return mergedCount;
    }

    /**
     * The upper bound, in nanoseconds, of the bucket holding the {@code quantile} (0 to 1) of
     * the window, or 0 when the window is empty.
     */
    long quantileNanos(double quantile) {
        if (mergedCount == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(quantile * mergedCount);
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += merged[i];
            if (seen >= Math.max(1, rank)) {
                return upperMicros(i) * 1000;
            }
        }
        return upperMicros(BUCKETS - 1) * 1000;
    }

    static int bucket(long micros) {
        if (micros < SUB) {
            return (int) micros;
        }
        int exponent = 63 - Long.numberOfLeadingZeros(micros);
        int sub = (int) (micros >>> (exponent - SUB_BITS)) & (SUB - 1);
        return (exponent - SUB_BITS + 1) * SUB + sub;
    }

    /** The smallest number of microseconds above every value of bucket {@code index}. */
    static long upperMicros(int index) {
        if (index < SUB) {
            return index + 1;
        }
        int exponent = index / SUB + SUB_BITS - 1;
        long sub = index % SUB;
        long width = 1L << (exponent - SUB_BITS);
        return (SUB + sub + 1) * width;
    }
}
