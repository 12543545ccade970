package dev.spillway.admin.metrics;

import dev.spillway.policy.adaptive.SignalReading;
import dev.spillway.policy.id.ClientKind;
import dev.spillway.policy.shed.ShedOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Every Spillway metric, in one Prometheus registry. The methods are called on the server's and
 * proxy's hot paths, so each one only bumps a meter registered beforehand (commands and store
 * operations: on first use of a name, then a map lookup); none builds strings per call.
 *
 * <p>Shedding decisions, admitted sessions, mode and limits are not counted here: they are read
 * from {@link dev.spillway.policy.shed.ShedPolicy#snapshot()} at scrape time (see
 * {@link PolicyMeters}), since the policy already counts them.
 *
 * <p>Series (Prometheus names; every series also carries {@code role=server|proxy}):
 * {@code spillway_connections_opened_total}, {@code spillway_connections_closed_total{class}},
 * {@code spillway_sessions{class}}, {@code spillway_id_commands_total{client,outcome}},
 * {@code spillway_command_seconds{command,class}} (histogram),
 * {@code spillway_foreground_command_seconds{quantile}} (summary over the last 30 s),
 * {@code spillway_network_received_bytes_total{peer}},
 * {@code spillway_network_sent_bytes_total{peer}}, {@code spillway_logins_total{outcome}},
 * {@code spillway_store_seconds{operation}} (server), {@code spillway_backend_connect_seconds}
 * and {@code spillway_backend_connect_failures_total{reason}} (proxy),
 * {@code spillway_shed_*} (from the policy) and the JVM and process series of Micrometer's
 * binders ({@code jvm_*}, {@code process_*}, {@code system_*}).
 */
public final class SpillwayMetrics implements AutoCloseable {

    /** Most distinct command names with their own series; the rest count as {@code other}. */
    static final int MAX_COMMANDS = 48;
    /** Most distinct store operations or backend failure reasons with their own series. */
    static final int MAX_OPERATIONS = 24;
    /** The fastest command the histograms resolve. */
    private static final Duration MIN_LATENCY = Duration.ofMillis(1).dividedBy(10);
    /** The slowest command the histograms resolve; IDLE and long FETCHes end in +Inf. */
    private static final Duration MAX_LATENCY = Duration.ofSeconds(60);

    private static final SessionClass[] CLASSES = SessionClass.values();
    private static final ClientKind[] KINDS = ClientKind.values();

    private final PrometheusMeterRegistry registry;
    private final Role role;
    private final PolicySnapshots snapshots;
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();
    private final AtomicInteger[] sessions = new AtomicInteger[CLASSES.length];
    private final Counter opened;
    private final Counter[] closed = new Counter[CLASSES.length];
    /** [client kind][outcome ordinal, or OUTCOMES.length for a BAD answer]. */
    private final Counter[][] idCommands;
    private final Counter[] logins = new Counter[LoginOutcome.values().length];
    private final Counter clientIn;
    private final Counter clientOut;
    private final Counter backendIn;
    private final Counter backendOut;
    private final Timer foreground;
    private final BoundedLabels<Timer[]> commands;
    private final BoundedLabels<Timer> store;
    private final BoundedLabels<Counter> backendFailures;
    private final Timer backendConnect;

    /**
     * Registers every meter, including the JVM and process binders.
     *
     * @param snapshots the shedding policy to read decisions, mode and limits from
     * @param role which program this is; store series exist only for the server, backend
     *     series only for the proxy
     */
    public SpillwayMetrics(PolicySnapshots snapshots, Role role) {
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.role = Objects.requireNonNull(role, "role");
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("role", role.label());
        opened = Counter.builder("spillway.connections.opened")
                .description("client connections accepted").register(registry);
        for (SessionClass c : CLASSES) {
            AtomicInteger count = new AtomicInteger();
            sessions[c.ordinal()] = count;
            Gauge.builder("spillway.sessions", count, AtomicInteger::get)
                    .description("open client connections by what they are doing")
                    .tag("class", c.label()).register(registry);
            closed[c.ordinal()] = Counter.builder("spillway.connections.closed")
                    .description("client connections ended, by their last class")
                    .tag("class", c.label()).register(registry);
        }
        idCommands = registerIdCommands();
        for (LoginOutcome outcome : LoginOutcome.values()) {
            logins[outcome.ordinal()] = Counter.builder("spillway.logins")
                    .description("LOGIN and AUTHENTICATE results")
                    .tag("outcome", outcome.label()).register(registry);
        }
        clientIn = bytes("spillway.network.received", "client");
        clientOut = bytes("spillway.network.sent", "client");
        backendIn = role == Role.PROXY ? bytes("spillway.network.received", "backend") : null;
        backendOut = role == Role.PROXY ? bytes("spillway.network.sent", "backend") : null;
        foreground = Timer.builder("spillway.foreground.command")
                .description("foreground command latency, recent quantiles for the dashboard")
                .publishPercentiles(0.5, 0.99)
                .distributionStatisticExpiry(Duration.ofSeconds(30))
                .distributionStatisticBufferLength(3)
                .register(registry);
        commands = new BoundedLabels<>(MAX_COMMANDS, this::commandTimers);
        store = new BoundedLabels<>(MAX_OPERATIONS, operation -> histogram(
                Timer.builder("spillway.store").tag("operation", operation)
                        .description("mail store operation latency")));
        backendFailures = new BoundedLabels<>(MAX_OPERATIONS, reason -> Counter
                .builder("spillway.backend.connect.failures").tag("reason", reason)
                .description("backend connections that failed").register(registry));
        backendConnect = role == Role.PROXY ? histogram(Timer.builder("spillway.backend.connect")
                .description("time to connect to a backend, greeting included")) : null;
        PolicyMeters.bind(registry, snapshots);
        bindJvm();
    }

    /** Publishes the readings of the adaptive mode's overload signals as gauges. */
    public void watchSignals(Supplier<List<SignalReading>> readings) {
        SignalMeters.bind(registry, readings);
    }

    /** The registry, e.g. to add meters of another module. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public Role role() {
        return role;
    }

    public PolicySnapshots snapshots() {
        return snapshots;
    }

    /** The Prometheus text exposition format, version 0.0.4. */
    public String scrape() {
        return registry.scrape();
    }

    /** A client connection was accepted; it is {@link SessionClass#UNCLASSIFIED} until its ID. */
    public void connectionOpened() {
        opened.increment();
        sessions[SessionClass.UNCLASSIFIED.ordinal()].incrementAndGet();
    }

    /** An ID moved a connection from one class to another; no-op when they are equal. */
    public void sessionClassified(SessionClass from, SessionClass to) {
        if (from != to) {
            sessions[from.ordinal()].decrementAndGet();
            sessions[to.ordinal()].incrementAndGet();
        }
    }

    /** A client connection ended while in {@code lastClass}. */
    public void connectionClosed(SessionClass lastClass) {
        closed[lastClass.ordinal()].increment();
        sessions[lastClass.ordinal()].decrementAndGet();
    }

    /** Open connections in {@code sessionClass} now. */
    public int sessions(SessionClass sessionClass) {
        return sessions[sessionClass.ordinal()].get();
    }

    /** A valid ID was answered as the policy decided. */
    public void idCommand(ClientKind client, ShedOutcome outcome) {
        idCommands[client.ordinal()][outcome.ordinal()].increment();
    }

    /** An ID that breaks an RFC 2971 §3.3 limit was answered {@code BAD}. */
    public void idRejected(ClientKind client) {
        idCommands[client.ordinal()][ShedOutcome.values().length].increment();
    }

    /**
     * A command finished.
     *
     * @param command the command name as the client sent it ({@code FETCH}, {@code UID FETCH});
     *     case and spaces are folded into the label
     * @param sessionClass the class of the connection when the command ended
     * @param nanos time from the end of the command line to the tagged response
     */
    public void commandCompleted(String command, SessionClass sessionClass, long nanos) {
        commands.get(command)[sessionClass.ordinal()].record(nanos, TimeUnit.NANOSECONDS);
        if (sessionClass == SessionClass.FOREGROUND) {
            foreground.record(nanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Recent foreground command latency in milliseconds (last 20 to 30 seconds). */
    public LatencyQuantiles foregroundLatency() {
        return LatencyQuantiles.of(foreground.takeSnapshot());
    }

    /** Bytes read from a client. */
    public void clientBytesIn(long bytes) {
        clientIn.increment(bytes);
    }

    /** Bytes written to a client. */
    public void clientBytesOut(long bytes) {
        clientOut.increment(bytes);
    }

    /** Bytes read from a backend; proxy only. */
    public void backendBytesIn(long bytes) {
        proxyOnly(backendIn).increment(bytes);
    }

    /** Bytes written to a backend; proxy only. */
    public void backendBytesOut(long bytes) {
        proxyOnly(backendOut).increment(bytes);
    }

    public void login(LoginOutcome outcome) {
        logins[outcome.ordinal()].increment();
    }

    /** A store operation ({@code append}, {@code fetch}, ...) took {@code nanos}; server only. */
    public void storeOperation(String operation, long nanos) {
        if (role != Role.SERVER) {
            throw new IllegalStateException("store metrics belong to the server");
        }
        store.get(operation).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A backend connection was ready after {@code nanos}; proxy only. */
    public void backendConnected(long nanos) {
        proxyOnly(backendConnect).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A backend connection failed; {@code reason} is a short word such as {@code timeout}. */
    public void backendConnectFailed(String reason) {
        proxyOnly(backendConnect);
        backendFailures.get(reason).increment();
    }

    /** Process CPU use, 0.0 to 1.0 of all processors, or NaN when the JVM cannot tell. */
    public double processCpu() {
        return gaugeValue("process.cpu.usage");
    }

    /** Whole-machine CPU use, 0.0 to 1.0, or NaN when the JVM cannot tell. */
    public double systemCpu() {
        return gaugeValue("system.cpu.usage");
    }

    /** Unregisters the GC listener; the registry stays readable. */
    @Override
    public void close() {
        gcMetrics.close();
    }

    private Counter[][] registerIdCommands() {
        ShedOutcome[] outcomes = ShedOutcome.values();
        Counter[][] byKind = new Counter[KINDS.length][outcomes.length + 1];
        for (ClientKind kind : KINDS) {
            for (int i = 0; i <= outcomes.length; i++) {
                String outcome = i < outcomes.length ? PolicyMeters.label(outcomes[i]) : "bad";
                byKind[kind.ordinal()][i] = Counter.builder("spillway.id.commands")
                        .description("ID commands by client and answer (TN3189, RFC 2971)")
                        .tag("client", PolicyMeters.label(kind))
                        .tag("outcome", outcome)
                        .register(registry);
            }
        }
        return byKind;
    }

    private Timer[] commandTimers(String command) {
        Timer[] timers = new Timer[CLASSES.length];
        for (SessionClass c : CLASSES) {
            timers[c.ordinal()] = histogram(Timer.builder("spillway.command")
                    .description("IMAP command latency, command line to tagged response")
                    .tag("command", command)
                    .tag("class", c.label()));
        }
        return timers;
    }

    private Timer histogram(Timer.Builder builder) {
        return builder.publishPercentileHistogram()
                .minimumExpectedValue(MIN_LATENCY)
                .maximumExpectedValue(MAX_LATENCY)
                .register(registry);
    }

    private Counter bytes(String name, String peer) {
        return Counter.builder(name).baseUnit("bytes").tag("peer", peer)
                .description("bytes on the wire, TLS records included").register(registry);
    }

    private <T> T proxyOnly(T meter) {
        if (meter == null) {
            throw new IllegalStateException("backend metrics belong to the proxy");
        }
        return meter;
    }

    private double gaugeValue(String name) {
        Gauge gauge = registry.find(name).gauge();
        return gauge == null ? Double.NaN : gauge.value();
    }

    private void bindJvm() {
        new JvmMemoryMetrics().bindTo(registry);
        gcMetrics.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }
}
