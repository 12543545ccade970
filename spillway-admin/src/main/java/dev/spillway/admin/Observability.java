package dev.spillway.admin;

import dev.spillway.admin.decisions.RecentDecisions;
import dev.spillway.admin.decisions.ShedLogSummarizer;
import dev.spillway.admin.metrics.PolicySnapshots;
import dev.spillway.admin.metrics.Role;
import dev.spillway.admin.metrics.SpillwayMetrics;
import dev.spillway.policy.adaptive.SignalReading;
import dev.spillway.policy.shed.ShedDecision;
import dev.spillway.policy.shed.ShedPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the server or proxy feeds while it runs and the admin endpoint reads: metrics, the
 * recent shed decisions and the shed log summary. One per process, made next to the
 * {@link ShedPolicy}.
 *
 * <pre>{@code
 * Observability observability = new Observability(policy, Role.SERVER);
 * observability.start();
 * // per ID:  observability.idDecided(remoteIp, session.onId(classification));
 * // per command:  observability.metrics().commandCompleted("FETCH", sessionClass, nanos);
 * }</pre>
 */
public final class Observability implements AutoCloseable {

    private final ShedPolicy policy;
    private final PolicySnapshots snapshots;
    private final SpillwayMetrics metrics;
    private final RecentDecisions recent;
    private final ShedLogSummarizer summarizer;
    private final Clock clock;
    private volatile Supplier<List<SignalReading>> signals = List::of;

    /** The defaults: 50 recent decisions, a shed summary line every 10 seconds. */
    public Observability(ShedPolicy policy, Role role) {
        this(policy, role, Clock.systemUTC(), RecentDecisions.DEFAULT_CAPACITY,
                ShedLogSummarizer.DEFAULT_INTERVAL);
    }

    /**
     * @param clock stamps recent decisions and status reports; tests pass a fixed one
     * @param recentCapacity how many shed decisions the dashboard can list
     * @param summaryInterval how often shed decisions are summarised in the log
     */
    public Observability(ShedPolicy policy, Role role, Clock clock, int recentCapacity,
            Duration summaryInterval) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.snapshots = new PolicySnapshots(policy);
        this.metrics = new SpillwayMetrics(snapshots, role);
        this.recent = new RecentDecisions(recentCapacity, clock);
        this.summarizer = new ShedLogSummarizer(summaryInterval);
    }

    /** Starts the periodic shed summary in the log. */
    public void start() {
        summarizer.start();
    }

    /**
     * Records the answer to one valid ID: counted by client and outcome, and, when shed,
     * listed for the dashboard and counted for the log summary.
     *
     * @param clientAddress the client's IP address without port, or empty when unknown
     */
    public void idDecided(String clientAddress, ShedDecision decision) {
        metrics.idCommand(decision.classification().clientKind(), decision.outcome());
        recent.record(clientAddress, decision);
        summarizer.record(decision);
    }

    /**
     * Shows the adaptive mode's overload signals in the metrics and the status report; called
     * once at start-up by a server or proxy whose policy has them.
     */
    public void watchSignals(Supplier<List<SignalReading>> readings) {
        this.signals = Objects.requireNonNull(readings, "readings");
        metrics.watchSignals(readings);
    }

    /** The overload signals' latest readings; empty when none are watched. */
    public List<SignalReading> signals() {
        return signals.get();
    }

    public ShedPolicy policy() {
        return policy;
    }

    public PolicySnapshots snapshots() {
        return snapshots;
    }

    public SpillwayMetrics metrics() {
        return metrics;
    }

    public RecentDecisions recentDecisions() {
        return recent;
    }

    public ShedLogSummarizer summarizer() {
        return summarizer;
    }

    public Clock clock() {
        return clock;
    }

    /** Stops the summary timer, logging what is left, and unbinds the GC listener. */
    @Override
    public void close() {
        summarizer.close();
        metrics.close();
    }
}
