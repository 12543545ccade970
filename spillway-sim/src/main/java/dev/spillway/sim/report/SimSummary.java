package dev.spillway.sim.report;

import java.util.Locale;
import java.util.Map;

/**
 * The headline figures of one run.
 *
 * @param label the run's name, e.g. {@code baseline}, {@code off} or {@code auto}
 * @param seconds how long the run lasted
 * @param foregroundAll foreground latency over every operation
 * @param foreground foreground latency per operation
 * @param background the background population's outcome; all zero without a wave
 * @param deliveries messages delivered over LMTP during the run
 * @param errors failed connections and commands, both populations
 */
public record SimSummary(String label, int seconds, LatencyStats foregroundAll,
        Map<Operation, LatencyStats> foreground, BackgroundSummary background, long deliveries,
        long errors) {

    public SimSummary {
        foreground = Map.copyOf(foreground);
    }

    /** A plain-text table for a terminal. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append("run ").append(label).append(", ").append(seconds).append(" s\n");
        text.append(String.format(Locale.ROOT, "%-14s %8s %9s %9s %9s %9s%n", "foreground",
                "count", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        row(text, "all", foregroundAll);
        for (Operation operation : Operation.values()) {
            LatencyStats stats = foreground.get(operation);
            if (stats != null) {
                row(text, operation.name().toLowerCase(Locale.ROOT), stats);
            }
        }
        BackgroundSummary b = background;
        text.append(String.format(Locale.ROOT, "background: %d devices, %d sessions admitted, "
                + "%d shed, %d completed, %d retries (most %d per device), time to complete "
                + "p50 %.1f s max %.1f s, %d messages, %.1f MB%n", b.devices(),
                b.sessionsAdmitted(), b.sessionsShed(), b.devicesCompleted(), b.retries(),
                b.maxRetries(), b.p50SecondsToComplete(), b.maxSecondsToComplete(),
                b.messages(), b.bytes() / 1e6));
        text.append("deliveries: ").append(deliveries).append(", errors: ").append(errors)
                .append('\n');
        return text.toString();
    }

    private static void row(StringBuilder text, String name, LatencyStats stats) {
        text.append(String.format(Locale.ROOT, "%-14s %8d %9.1f %9.1f %9.1f %9.1f%n", name,
                stats.count(), stats.p50Ms(), stats.p95Ms(), stats.p99Ms(), stats.maxMs()));
    }
}
