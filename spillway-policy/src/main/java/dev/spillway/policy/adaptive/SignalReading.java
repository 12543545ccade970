package dev.spillway.policy.adaptive;

import dev.spillway.policy.shed.OverloadLevel;
import java.util.Locale;

/**
 * What one overload signal last measured, for metrics and the dashboard: its value and its
 * target in base units (seconds for latencies, a fraction from 0 to 1 for CPU and error
 * rates) and the level it judged. A target of 0 means the signal is off.
 */
public record SignalReading(String name, double value, double target, OverloadLevel level) {
    static final double NANOS_PER_SECOND = 1e9;

    /** Whether the value is a duration in seconds rather than a fraction. */
    public boolean isDuration() {
        return name.endsWith("latency") || name.endsWith("delay");
    }

    /** For logs: {@code 61.4ms/50.0ms} for durations, {@code 91.0%/85.0%} for fractions. */
    public String describe() {
        return isDuration()
                ? String.format(Locale.ROOT, "%.1fms/%.1fms", value * 1e3, target * 1e3)
                : String.format(Locale.ROOT, "%.1f%%/%.1f%%", value * 100, target * 100);
    }

    /** A reading of a latency measured in nanoseconds, given in seconds. */
    static SignalReading ofNanos(String name, double valueNanos, double targetNanos,
            OverloadLevel level) {
        return new SignalReading(name, valueNanos / NANOS_PER_SECOND,
                targetNanos / NANOS_PER_SECOND, level);
    }
}
