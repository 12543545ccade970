package dev.spillway.policy.shed;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A lock-free token bucket for new background sessions, kept as the single "theoretical
 * arrival time" of the generic cell rate algorithm: a request is admitted when that time is at
 * most {@code (burst - 1)} intervals ahead of now, and then pushes it one interval further.
 * This admits {@code burst} requests at once after a quiet spell and {@code rate} per second
 * on average, with one CAS per admission and no refill thread.
 */
final class AdmissionRate {

    private static final double NANOS_PER_SECOND = 1e9;

    private final long intervalNanos;
    private final long toleranceNanos;
    private final AtomicLong arrival = new AtomicLong(Long.MIN_VALUE);

    /** A rate of 0 admits everything. */
    AdmissionRate(double ratePerSecond, int burst) {
        this.intervalNanos = ratePerSecond == 0 ? 0 : (long) (NANOS_PER_SECOND / ratePerSecond);
        this.toleranceNanos = intervalNanos * (burst - 1);
    }

    /** Takes a token at {@code nowNanos}, or returns false when none is left. */
    boolean tryAcquire(long nowNanos) {
        if (intervalNanos == 0) {
            return true;
        }
        while (true) {
            long current = arrival.get();
            long start = Math.max(current, nowNanos);
            if (start - nowNanos > toleranceNanos) {
                return false;
            }
            if (arrival.compareAndSet(current, start + intervalNanos)) {
                return true;
            }
        }
    }
}
