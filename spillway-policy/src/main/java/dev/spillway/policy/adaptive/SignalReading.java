package dev.spillway.policy.adaptive;

import dev.spillway.policy.shed.OverloadLevel;

/**
 * What one overload signal last measured, for metrics and the dashboard: its value and its
 * target in base units (seconds for latencies, a fraction from 0 to 1 for CPU and error
 * rates) and the level it judged. A target of 0 means the signal is off.
 */
public record SignalReading(String name, double value, double target, OverloadLevel level) {
    static final double NANOS_PER_SECOND = 1e9;

    /** A reading of a latency measured in nanoseconds, given in seconds. */
    static SignalReading ofNanos(String name, double valueNanos, double targetNanos,
            OverloadLevel level) {
        return new SignalReading(name, valueNanos / NANOS_PER_SECOND,
                targetNanos / NANOS_PER_SECOND, level);
    }
}
