package dev.spillway.policy.adaptive;

import dev.spillway.policy.shed.OverloadLevel;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Raised while a quantile of recent durations is above a target. Two uses:
 *
 * <ul>
 *   <li>{@link #commandLatency}: the p99 of foreground command latencies, fed by the server
 *       with each command's time from its last byte in to its tagged answer out;
 *   <li>{@link #queueDelay}: the median time commands waited before a worker ran them. The
 *       median, not a tail quantile: a standing queue delays most commands, a burst only a few,
 *       which is the distinction CoDel draws with the interval minimum (RFC 8289 §3), made less
 *       sensitive to one lucky command.
 * </ul>
 *
 * <p>{@link #record} is lock-free and cheap enough for every command. While the window holds
 * fewer than {@link SignalTuning#minSamples()} durations the level is left as it is: a quiet
 * server is no evidence either way.
 */
public final class LatencySignal implements AdaptiveSignal {

    private final String name;
    private final double quantile;
    private final LatencyHistogram histogram;
    private final LevelGate gate;
    private final int minSamples;
    private final LongSupplier nanoClock;
    private volatile OverloadLevel level = OverloadLevel.NONE;
    private volatile double lastValue;

    /**
     * @param target the level rises when the quantile reaches this; zero turns the signal off
     * @param nanoClock monotonic nanoseconds, {@code System::nanoTime} outside tests
     */
    public LatencySignal(String name, double quantile, Duration target, SignalTuning tuning,
            LongSupplier nanoClock) {
        this.name = Objects.requireNonNull(name, "name");
        if (!(quantile > 0 && quantile <= 1)) {
            throw new IllegalArgumentException("quantile must be above 0, at most 1: " + quantile);
        }
        this.quantile = quantile;
        this.histogram = new LatencyHistogram(tuning.windowIntervals());
        this.gate = new LevelGate(target.toNanos(), tuning);
        this.minSamples = tuning.minSamples();
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    /** Foreground command latency, p99 against {@code target}; named {@code command-latency}. */
    public static LatencySignal commandLatency(Duration target, SignalTuning tuning,
            LongSupplier nanoClock) {
        return new LatencySignal("command-latency", 0.99, target, tuning, nanoClock);
    }

    /** Wait before running, median against {@code target}; named {@code queue-delay}. */
    public static LatencySignal queueDelay(Duration target, SignalTuning tuning,
            LongSupplier nanoClock) {
        return new LatencySignal("queue-delay", 0.5, target, tuning, nanoClock);
    }

    /**
     * How long a task waits on an event loop before it runs, p99 against {@code target}; named
     * {@code event-loop-delay}. A busy loop delays every connection it serves.
     */
    public static LatencySignal eventLoopDelay(Duration target, SignalTuning tuning,
            LongSupplier nanoClock) {
        return new LatencySignal("event-loop-delay", 0.99, target, tuning, nanoClock);
    }

    /** Counts one duration; any thread. */
    public void record(long nanos) {
        histogram.record(nanos);
    }

    @Override
    public void sample() {
        histogram.roll();
        if (histogram.count() < Math.max(1, minSamples)) {
            return;
        }
        double value = histogram.quantileNanos(quantile);
        lastValue = value;
        level = gate.update(value, nanoClock.getAsLong());
    }

    @Override
    public double lastValue() {
        return lastValue;
    }

    @Override
    public boolean enabled() {
        return gate.enabled();
    }

    @Override
    public List<SignalReading> readings() {
        return List.of(SignalReading.ofNanos(name, lastValue, gate.target(), level));
    }

    @Override
    public OverloadLevel level() {
        return level;
    }

    @Override
    public String name() {
        return name;
    }
}
