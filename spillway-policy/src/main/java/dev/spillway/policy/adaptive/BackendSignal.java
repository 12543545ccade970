package dev.spillway.policy.adaptive;

import dev.spillway.policy.shed.OverloadLevel;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * For the proxy: raised while its backends are slow (p99 of backend command latency above a
 * target) or failing (the share of failed attempts, such as refused connections, timeouts or
 * {@code BYE}, above a rate). Shedding background work at the proxy then spares backends the
 * proxy cannot see into. The level is the higher of the two judgements.
 *
 * <p>{@link #success} and {@link #failure} are lock-free, for any thread.
 */
public final class BackendSignal implements AdaptiveSignal {

    private final LatencyHistogram latencies;
    private final LevelGate latencyGate;
    private final LevelGate errorGate;
    private final int minSamples;
    private final LongSupplier nanoClock;
    private final LongAdder failures = new LongAdder();
    private final long[] failureWindow;
    private final long[] attemptWindow;
    private long windowFailures;
    private long windowAttempts;
    private int next;
    private volatile OverloadLevel level = OverloadLevel.NONE;
    private volatile double lastValue;
    private volatile double lastErrorRate;

    /**
     * @param latencyTarget p99 at which the level rises; zero turns this half off
     * @param errorRate share of failed attempts (0.0 to 1.0) at which it rises; 0 turns this
     *     half off
     */
    public BackendSignal(Duration latencyTarget, double errorRate, SignalTuning tuning,
            LongSupplier nanoClock) {
        if (!(errorRate >= 0 && errorRate <= 1)) {
            throw new IllegalArgumentException("errorRate must be 0.0 to 1.0: " + errorRate);
        }
        this.latencies = new LatencyHistogram(tuning.windowIntervals());
        this.latencyGate = new LevelGate(latencyTarget.toNanos(), tuning);
        this.errorGate = new LevelGate(errorRate, tuning);
        this.minSamples = tuning.minSamples();
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.failureWindow = new long[tuning.windowIntervals()];
        this.attemptWindow = new long[tuning.windowIntervals()];
    }

    /** A backend command answered, after {@code nanos}. */
    public void success(long nanos) {
        latencies.record(nanos);
    }

    /** A backend attempt failed: no connection, a timeout, or the backend hung up. */
    public void failure() {
        failures.increment();
    }

    @Override
    public void sample() {
        latencies.roll();
        long failed = failures.sumThenReset();
        windowFailures += failed - failureWindow[next];
        failureWindow[next] = failed;
        long before = windowAttempts - attemptWindow[next];
        attemptWindow[next] = failed + latencies.lastIntervalCount();
        windowAttempts = before + attemptWindow[next];
        next = (next + 1) % failureWindow.length;

        long now = nanoClock.getAsLong();
        if (latencies.count() >= Math.max(1, minSamples)) {
            lastValue = latencies.quantileNanos(0.99);
            latencyGate.update(lastValue, now);
        }
        if (windowAttempts >= Math.max(1, minSamples)) {
            lastErrorRate = (double) windowFailures / windowAttempts;
            errorGate.update(lastErrorRate, now);
        }
        OverloadLevel slow = latencyGate.level();
        OverloadLevel failing = errorGate.level();
        level = slow.compareTo(failing) >= 0 ? slow : failing;
    }

    /** The backend p99 last judged, in nanoseconds. */
    @Override
    public double lastValue() {
        return lastValue;
    }

    /** The share of failed attempts last judged. */
    public double lastErrorRate() {
        return lastErrorRate;
    }

    @Override
    public boolean enabled() {
        return latencyGate.enabled() || errorGate.enabled();
    }

    /** Two readings: {@code backend-latency} (p99) and {@code backend-errors} (share). */
    @Override
    public List<SignalReading> readings() {
        return List.of(
                SignalReading.ofNanos("backend-latency", lastValue, latencyGate.target(),
                        latencyGate.level()),
                new SignalReading("backend-errors", lastErrorRate, errorGate.target(),
                        errorGate.level()));
    }

    @Override
    public OverloadLevel level() {
        return level;
    }

    @Override
    public String name() {
        return "backend";
    }
}
