package dev.spillway.admin.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spillway.admin.Observability;
import dev.spillway.admin.decisions.RecentDecision;
import dev.spillway.admin.metrics.LatencyQuantiles;
import dev.spillway.admin.metrics.SessionClass;
import dev.spillway.admin.metrics.SpillwayMetrics;
import dev.spillway.policy.adaptive.SignalReading;
import dev.spillway.policy.shed.PolicySettings;
import dev.spillway.policy.shed.ShedOutcome;
import dev.spillway.policy.shed.ShedReason;
import dev.spillway.policy.shed.ShedSnapshot;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Instant;
import java.util.Locale;

/**
 * The body of {@code GET /api/status}: everything the dashboard shows, in one JSON object.
 * Counters are totals since start; the dashboard turns them into rates between polls.
 *
 * <pre>{@code
 * {"time": "...", "role": "server", "changesEnabled": true,
 *  "mode": "auto", "limits": {...}, "configured": {"mode": "auto", ...},
 *  "override": {"expiresAt": "...", "untilReset": false} or null,
 *  "overload": "none", "signals": [{"name": "command-latency", "value": 0.004,
 *               "target": 0.05, "unit": "seconds", "level": "none"}, ...],
 *  "admitted": {"total": 3, "indexing": 1, "backFill": 2},
 *  "sessions": {"foreground": 10, "background_indexing": 1, ...}, "policySessions": 14,
 *  "decisions": {"admit": {"within_limits": 3, ...}, "shed": {...}, "would_shed": {...}},
 *  "decisionTotals": {"admit": 40, "shed": 7, "would_shed": 0}, "shedRecorded": 7,
 *  "recentSheds": [{"time": "...", "clientAddress": "...", "clientName": "...",
 *                   "activity": "back-fill", "reason": "total_cap"}],
 *  "foregroundLatency": {"p50Ms": 1.2, "p99Ms": 8.5},
 *  "cpu": {"process": 0.05, "system": 0.20, "processors": 2},
 *  "memory": {"heapUsedBytes": ..., "heapMaxBytes": ...}}
 * }</pre>
 *
 * <p>Numbers the JVM cannot tell (CPU on some systems, latency before any command) are
 * {@code null}.
 */
final class StatusReport {

    private final Observability observability;
    private final ObjectMapper mapper;
    private final boolean changesEnabled;

    StatusReport(Observability observability, ObjectMapper mapper, boolean changesEnabled) {
        this.observability = observability;
        this.mapper = mapper;
        this.changesEnabled = changesEnabled;
    }

    ObjectNode build() {
        ShedSnapshot snapshot = observability.snapshots().fresh();
        SpillwayMetrics metrics = observability.metrics();
        ObjectNode root = mapper.createObjectNode();
        root.put("time", Instant.now(observability.clock()).toString());
        root.put("role", metrics.role().label());
        root.put("changesEnabled", changesEnabled);
        root.put("mode", label(snapshot.settings().mode()));
        root.set("limits", limits(snapshot.settings()));
        PolicySettings configured = observability.policy().configuredSettings();
        ObjectNode configuredNode = limits(configured);
        configuredNode.put("mode", label(configured.mode()));
        root.set("configured", configuredNode);
        if (snapshot.overrideExpiresAt() == null) {
            root.putNull("override");
        } else {
            Instant expiresAt = snapshot.overrideExpiresAt();
            boolean untilReset = expiresAt.isAfter(Instant.now(observability.clock())
                    .plus(SheddingEndpoint.UNTIL_CLEARED.dividedBy(2)));
            ObjectNode override = root.putObject("override");
            if (untilReset) {
                override.putNull("expiresAt");
            } else {
                override.put("expiresAt", expiresAt.toString());
            }
            override.put("untilReset", untilReset);
        }
        root.put("overload", label(snapshot.overload()));
        ArrayNode signals = root.putArray("signals");
        for (SignalReading reading : observability.signals()) {
            signals.addObject().put("name", reading.name()).put("value", reading.value())
                    .put("target", reading.target())
                    .put("unit", reading.isDuration() ? "seconds" : "ratio")
                    .put("level", label(reading.level()));
        }
        ObjectNode admitted = root.putObject("admitted");
        admitted.put("total", snapshot.admittedTotal());
        admitted.put("indexing", snapshot.admittedIndexing());
        admitted.put("backFill", snapshot.admittedBackFill());
        ObjectNode sessions = root.putObject("sessions");
        for (SessionClass c : SessionClass.values()) {
            sessions.put(c.label(), metrics.sessions(c));
        }
        root.put("policySessions", snapshot.openSessions());
        decisions(root, snapshot);
        root.put("shedRecorded", observability.recentDecisions().recorded());
        ArrayNode recent = root.putArray("recentSheds");
        for (RecentDecision decision : observability.recentDecisions().newestFirst()) {
            recent.addObject()
                    .put("time", decision.time().toString())
                    .put("clientAddress", decision.clientAddress())
                    .put("clientName", decision.clientName())
                    .put("activity", decision.activity())
                    .put("reason", decision.reason());
        }
        LatencyQuantiles latency = metrics.foregroundLatency();
        ObjectNode latencyNode = root.putObject("foregroundLatency");
        number(latencyNode, "p50Ms", latency.p50Millis());
        number(latencyNode, "p99Ms", latency.p99Millis());
        ObjectNode cpu = root.putObject("cpu");
        number(cpu, "process", metrics.processCpu());
        number(cpu, "system", metrics.systemCpu());
        cpu.put("processors", Runtime.getRuntime().availableProcessors());
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        ObjectNode memory = root.putObject("memory");
        memory.put("heapUsedBytes", heap.getUsed());
        memory.put("heapMaxBytes", heap.getMax());
        return root;
    }

    private void decisions(ObjectNode root, ShedSnapshot snapshot) {
        ObjectNode decisions = root.putObject("decisions");
        ObjectNode totals = root.putObject("decisionTotals");
        for (ShedOutcome outcome : ShedOutcome.values()) {
            ObjectNode byReason = decisions.putObject(label(outcome));
            for (ShedReason reason : ShedReason.values()) {
                byReason.put(label(reason), snapshot.decisions(outcome, reason));
            }
            totals.put(label(outcome), snapshot.decisions(outcome));
        }
    }

    private ObjectNode limits(PolicySettings settings) {
        ObjectNode limits = mapper.createObjectNode();
        limits.put("backgroundCap", settings.backgroundCap());
        limits.put("indexingCap", settings.indexingCap());
        limits.put("backFillCap", settings.backFillCap());
        limits.put("rate", settings.rate());
        limits.put("burst", settings.burst());
        limits.put("indexingYieldFraction", settings.indexingYieldFraction());
        limits.put("indexingYieldLimit", settings.indexingYieldLimit());
        return limits;
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
