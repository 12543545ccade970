package dev.spillway.policy.adaptive;

import dev.spillway.config.Config;
import dev.spillway.config.Settings;
import java.time.Duration;
import java.util.Objects;

/**
 * The {@code shed.adaptive.*} settings; a target of zero turns its signal off.
 *
 * @param latencyTarget foreground command p99 that raises {@code command-latency}
 * @param queueDelayTarget median wait before running that raises {@code queue-delay}
 * @param eventLoopDelayTarget p99 wait of a task on the event loops that raises
 *     {@code event-loop-delay}
 * @param cpuTarget process CPU load (0.0 to 1.0) that raises {@code cpu}
 * @param backendLatencyTarget backend p99 that raises {@code backend} (proxy)
 * @param backendErrorRate share of failed backend attempts that raises {@code backend} (proxy)
 * @param tuning hysteresis and window shared by every signal
 * @param interval how often signals are sampled and the limit adjusted
 * @param decrease the factor the background limit is multiplied by on overload
 * @param minBackground the floor of the background limit
 */
public record AdaptiveSettings(
        Duration latencyTarget,
        Duration queueDelayTarget,
        double cpuTarget,
        Duration backendLatencyTarget,
        double backendErrorRate,
        SignalTuning tuning,
        Duration interval,
        double decrease,
        int minBackground,
        Duration eventLoopDelayTarget) {

    public AdaptiveSettings {
        Objects.requireNonNull(latencyTarget, "latencyTarget");
        Objects.requireNonNull(queueDelayTarget, "queueDelayTarget");
        Objects.requireNonNull(backendLatencyTarget, "backendLatencyTarget");
        Objects.requireNonNull(tuning, "tuning");
        Objects.requireNonNull(eventLoopDelayTarget, "eventLoopDelayTarget");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
    }

    /** As the canonical constructor, with the event-loop delay signal off. */
    public AdaptiveSettings(Duration latencyTarget, Duration queueDelayTarget, double cpuTarget,
            Duration backendLatencyTarget, double backendErrorRate, SignalTuning tuning,
            Duration interval, double decrease, int minBackground) {
        this(latencyTarget, queueDelayTarget, cpuTarget, backendLatencyTarget, backendErrorRate,
                tuning, interval, decrease, minBackground, Duration.ZERO);
    }

    /** The settings of {@code config}. */
    public static AdaptiveSettings from(Config config) {
        SignalTuning tuning = new SignalTuning(
                config.get(Settings.SHED_ADAPTIVE_EXIT_FRACTION),
                config.get(Settings.SHED_ADAPTIVE_HOLD),
                SignalTuning.defaults().criticalFactor(),
                config.get(Settings.SHED_ADAPTIVE_WINDOW),
                SignalTuning.defaults().minSamples());
        return new AdaptiveSettings(
                config.get(Settings.SHED_ADAPTIVE_LATENCY_TARGET),
                config.get(Settings.SHED_ADAPTIVE_QUEUE_DELAY_TARGET),
                config.get(Settings.SHED_ADAPTIVE_CPU_TARGET),
                config.get(Settings.SHED_ADAPTIVE_BACKEND_LATENCY_TARGET),
                config.get(Settings.SHED_ADAPTIVE_BACKEND_ERROR_RATE),
                tuning,
                config.get(Settings.SHED_ADAPTIVE_INTERVAL),
                config.get(Settings.SHED_ADAPTIVE_DECREASE),
                config.get(Settings.SHED_ADAPTIVE_MIN_BACKGROUND),
                config.get(Settings.SHED_ADAPTIVE_EVENT_LOOP_DELAY_TARGET));
    }

    /** The configuration defaults. */
    public static AdaptiveSettings defaults() {
        return from(Config.defaults());
    }
}
