package dev.spillway.policy.adaptive;

import java.time.Duration;
import java.util.Objects;

/**
 * How every adaptive signal turns a measured value into a level without flapping.
 *
 * @param exitFraction a raised signal clears only below {@code exitFraction * target}, so a
 *     value hovering at the target does not toggle it every interval; 0.1 to 1.0
 * @param hold the least time a signal stays raised, and the least time between two changes of
 *     its level
 * @param criticalFactor the signal goes from HIGH to CRITICAL at {@code criticalFactor * target}
 * @param windowIntervals how many sampling intervals latency percentiles and error rates span
 * @param minSamples fewer samples than this in the window say nothing: the level stays as it is
 */
public record SignalTuning(double exitFraction, Duration hold, double criticalFactor,
        int windowIntervals, int minSamples) {

    private static final SignalTuning DEFAULTS =
            new SignalTuning(0.8, Duration.ofSeconds(5), 2.0, 5, 20);

    public SignalTuning {
        Objects.requireNonNull(hold, "hold");
        if (!(exitFraction >= 0.1 && exitFraction <= 1)) {
            throw new IllegalArgumentException("exitFraction must be 0.1 to 1.0: " + exitFraction);
        }
        if (hold.isNegative()) {
            throw new IllegalArgumentException("hold must not be negative: " + hold);
        }
        if (!(criticalFactor >= 1)) {
            throw new IllegalArgumentException("criticalFactor must be at least 1: "
                    + criticalFactor);
        }
        if (windowIntervals < 1 || minSamples < 0) {
            throw new IllegalArgumentException("windowIntervals must be at least 1 and "
                    + "minSamples not negative: " + windowIntervals + ", " + minSamples);
        }
    }

    /** Exit at 80% of target, hold 5 s, CRITICAL at twice the target, 5 intervals, 20 samples. */
    public static SignalTuning defaults() {
        return DEFAULTS;
    }

    public SignalTuning withHold(Duration newHold) {
        return new SignalTuning(exitFraction, newHold, criticalFactor, windowIntervals,
                minSamples);
    }

    public SignalTuning withWindow(int newWindowIntervals, int newMinSamples) {
        return new SignalTuning(exitFraction, hold, criticalFactor, newWindowIntervals,
                newMinSamples);
    }
}
