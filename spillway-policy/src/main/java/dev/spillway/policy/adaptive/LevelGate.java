package dev.spillway.policy.adaptive;

import dev.spillway.policy.shed.OverloadLevel;

/**
 * Turns a value measured against a target into an {@link OverloadLevel} with hysteresis: the
 * level rises as soon as the value reaches {@code target} (HIGH) or
 * {@code criticalFactor * target} (CRITICAL), but falls only when the value is below
 * {@code exitFraction} of the threshold it crossed, and never sooner than {@code hold} after
 * the last change. Rising is never delayed: overload must be acted on at once, recovery may
 * wait.
 *
 * <p>Not thread-safe: one sampling thread calls {@link #update}; the level it returns is
 * published by the signal through a volatile field.
 */
final class LevelGate {

    private final double target;
    private final SignalTuning tuning;
    private final long holdNanos;
    private OverloadLevel level = OverloadLevel.NONE;
    private long changedAt;

    /** A target of 0 or less turns the gate off: it stays at NONE. */
    LevelGate(double target, SignalTuning tuning) {
        this.target = target;
        this.tuning = tuning;
        this.holdNanos = tuning.hold().toNanos();
    }

    boolean enabled() {
        return target > 0;
    }

    /** The value at which the level rises to HIGH; 0 or less when off. */
    double target() {
        return target;
    }

    /** The level after seeing {@code value} at {@code nowNanos}. */
    OverloadLevel update(double value, long nowNanos) {
        if (!enabled()) {
            return level;
        }
        OverloadLevel wanted = wanted(value);
        if (wanted.compareTo(level) > 0) {
            level = wanted;
            changedAt = nowNanos;
        } else if (wanted.compareTo(level) < 0 && nowNanos - changedAt >= holdNanos) {
            level = wanted;
            changedAt = nowNanos;
        }
        return level;
    }

    OverloadLevel level() {
        return level;
    }

    /** The level {@code value} calls for, given the current level (the hysteresis band). */
    private OverloadLevel wanted(double value) {
        double critical = target * tuning.criticalFactor();
        double exit = tuning.exitFraction();
        if (value >= critical || level == OverloadLevel.CRITICAL && value >= critical * exit) {
            return OverloadLevel.CRITICAL;
        }
        if (value >= target || level != OverloadLevel.NONE && value >= target * exit) {
            return OverloadLevel.HIGH;
        }
        return OverloadLevel.NONE;
    }
}
