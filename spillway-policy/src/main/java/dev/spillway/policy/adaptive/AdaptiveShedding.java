package dev.spillway.policy.adaptive;

import dev.spillway.policy.shed.OverloadLevel;
import dev.spillway.policy.shed.ShedPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What mode {@code auto} adds to the fixed caps: overload signals registered with a
 * {@link ShedPolicy} and an {@link AimdLimit} lowering its background cap, re-judged once per
 * interval by {@link #tick()}.
 *
 * <pre>{@code
 * AdaptiveShedding adaptive = AdaptiveShedding.attach(policy, AdaptiveSettings.from(config),
 *         false);
 * adaptive.start(timer);                         // ticks every shed.adaptive.interval
 * adaptive.commandLatency().record(nanos);       // per foreground command answered
 * adaptive.queueDelay().record(nanos);           // per command taken from the work queue
 * loops.probeDelay(timer, every, adaptive.eventLoopDelay()::record);
 * }</pre>
 *
 * <p>A signal at HIGH sheds indexing-only IDs and shrinks the limit; at CRITICAL (twice its
 * target by default) it sheds every new background ID. The limit shrinks whenever any signal
 * is raised and grows back by one per healthy interval, never below
 * {@code shed.adaptive.min-background}: that floor is what keeps a wave draining while the
 * server stays busy.
 */
public final class AdaptiveShedding implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AdaptiveShedding.class);

    private final ShedPolicy policy;
    private final AdaptiveSettings settings;
    private final LatencySignal commandLatency;
    private final LatencySignal queueDelay;
    private final LatencySignal eventLoopDelay;
    private final CpuSignal cpu;
    private final BackendSignal backend;
    private final List<AdaptiveSignal> signals = new ArrayList<>();
    private final AimdLimit limit;
    private boolean overloaded;
    private ScheduledFuture<?> task;

    private AdaptiveShedding(ShedPolicy policy, AdaptiveSettings settings, boolean proxy,
            LongSupplier nanoClock, DoubleSupplier cpuLoad) {
        this.policy = policy;
        this.settings = settings;
        SignalTuning tuning = settings.tuning();
        this.commandLatency = LatencySignal.commandLatency(settings.latencyTarget(), tuning,
                nanoClock);
        this.queueDelay = LatencySignal.queueDelay(settings.queueDelayTarget(), tuning,
                nanoClock);
        this.eventLoopDelay = LatencySignal.eventLoopDelay(settings.eventLoopDelayTarget(),
                tuning, nanoClock);
        this.cpu = new CpuSignal(settings.cpuTarget(), tuning, cpuLoad, nanoClock);
        this.backend = new BackendSignal(settings.backendLatencyTarget(),
                settings.backendErrorRate(), tuning, nanoClock);
        signals.add(commandLatency);
        signals.add(queueDelay);
        signals.add(eventLoopDelay);
        signals.add(cpu);
        if (proxy) {
            signals.add(backend);
        }
        this.limit = new AimdLimit(policy.settings().backgroundCap(), settings.minBackground(),
                settings.decrease(), tuning.windowIntervals());
    }

    /**
     * Creates the signals and the limit and registers them with {@code policy}. The backend
     * signal is registered only for a proxy ({@code proxy} true); the others always, each
     * staying at NONE when its target is 0.
     */
    public static AdaptiveShedding attach(ShedPolicy policy, AdaptiveSettings settings,
            boolean proxy) {
        return attach(policy, settings, proxy, System::nanoTime, CpuSignal.processCpuLoad());
    }

    /** As {@link #attach(ShedPolicy, AdaptiveSettings, boolean)} with a given clock and CPU. */
    public static AdaptiveShedding attach(ShedPolicy policy, AdaptiveSettings settings,
            boolean proxy, LongSupplier nanoClock, DoubleSupplier cpuLoad) {
        AdaptiveShedding adaptive = new AdaptiveShedding(Objects.requireNonNull(policy, "policy"),
                Objects.requireNonNull(settings, "settings"), proxy, nanoClock, cpuLoad);
        for (AdaptiveSignal signal : adaptive.signals) {
            policy.addOverloadSignal(signal);
        }
        policy.limitBackground(adaptive.limit);
        return adaptive;
    }

    /** Runs {@link #tick()} every {@code shed.adaptive.interval} on {@code timer}. */
    public synchronized void start(ScheduledExecutorService timer) {
        if (task != null) {
            throw new IllegalStateException("already started");
        }
        long period = settings.interval().toNanos();
        task = timer.scheduleAtFixedRate(this::tickSafely, period, period, TimeUnit.NANOSECONDS);
    }

    /** Samples every signal, then adjusts the limit; one interval's work. */
    public synchronized void tick() {
        boolean raised = false;
        AdaptiveSignal cause = null;
        for (AdaptiveSignal signal : signals) {
            signal.sample();
            if (signal.level() != OverloadLevel.NONE && !raised) {
                raised = true;
                cause = signal;
            }
        }
        limit.ceiling(policy.settings().backgroundCap());
        int before = limit.getAsInt();
        limit.update(raised, policy.snapshot().admittedTotal());
        if (raised != overloaded) {
            overloaded = raised;
            if (raised) {
                LOG.info("adaptive shedding: overload signal={} level={} value/target={} limit={}",
                        cause.name(), cause.level(), raisedReading(cause).describe(),
                        limit.getAsInt());
            } else {
                LOG.info("adaptive shedding: overload cleared limit={}", limit.getAsInt());
            }
        } else if (before != limit.getAsInt()) {
            LOG.debug("adaptive shedding: background limit {} -> {}", before, limit.getAsInt());
        }
    }

    /** Foreground command latency; the server records each command's duration here. */
    public LatencySignal commandLatency() {
        return commandLatency;
    }

    /** Time commands waited for a worker; the server records each wait here. */
    public LatencySignal queueDelay() {
        return queueDelay;
    }

    /** Time tasks waited on an event loop; the process's loop probe records each wait here. */
    public LatencySignal eventLoopDelay() {
        return eventLoopDelay;
    }

    public CpuSignal cpu() {
        return cpu;
    }

    /** Backend latency and failures; registered with the policy only for a proxy. */
    public BackendSignal backend() {
        return backend;
    }

    public AimdLimit limit() {
        return limit;
    }

    /** The readings of every registered signal, in registration order. */
    public List<SignalReading> readings() {
        List<SignalReading> out = new ArrayList<>();
        for (AdaptiveSignal signal : signals) {
            out.addAll(signal.readings());
        }
        return out;
    }

    /** True while any signal was raised at the last tick. */
    public synchronized boolean overloaded() {
        return overloaded;
    }

    /** Stops ticking and takes the signals and the limit off the policy. */
    @Override
    public synchronized void close() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        for (AdaptiveSignal signal : signals) {
            policy.removeOverloadSignal(signal);
        }
        policy.limitBackground(null);
    }

    /** The reading that raised {@code signal}, or its first one. */
    private static SignalReading raisedReading(AdaptiveSignal signal) {
        List<SignalReading> readings = signal.readings();
        for (SignalReading reading : readings) {
            if (reading.level() != OverloadLevel.NONE) {
                return reading;
            }
        }
        return readings.get(0);
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            // A failing tick must not cancel the schedule; the next one tries again.
            LOG.error("adaptive shedding tick failed", e);
        }
    }
}
