package dev.spillway.sim.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what every simulated client saw, bucketed by the second of the run in which it
 * happened. Thread-safe: each second and each operation has its own monitor, so clients
 * contend only when they finish in the same second.
 *
 * <p>Memory: every foreground latency is kept (8 bytes each) for exact percentiles; a run of
 * a few minutes with a few thousand commands per second stays in the tens of megabytes.
 * Events after the last second are counted in the last one.
 */
public final class Recorder {

    private final long startNanos;
    private final Second[] seconds;
    private final Map<Operation, LongList> foreground = new EnumMap<>(Operation.class);

    /** {@code startNanos} is the run's start on {@link System#nanoTime()}'s scale. */
    public Recorder(long startNanos, int maxSeconds) {
        if (maxSeconds < 1) {
            throw new IllegalArgumentException("maxSeconds must be at least 1: " + maxSeconds);
        }
        this.startNanos = startNanos;
        this.seconds = new Second[maxSeconds];
        for (int i = 0; i < maxSeconds; i++) {
            seconds[i] = new Second();
        }
        for (Operation operation : Operation.values()) {
            foreground.put(operation, new LongList());
        }
    }

    public long startNanos() {
        return startNanos;
    }

    /** A command that finished at {@code endNanos} after {@code latencyNanos}. */
    public void command(Operation operation, boolean isForeground, long endNanos,
            long latencyNanos) {
        Second second = at(endNanos);
        synchronized (second) {
            if (isForeground) {
                second.foreground.add(latencyNanos);
            } else {
                second.backgroundCommands++;
            }
        }
        if (isForeground) {
            LongList list = foreground.get(operation);
            synchronized (list) {
                list.add(latencyNanos);
            }
        }
    }

    /** A background ID answered OK. */
    public void admitted(long nanos) {
        Second second = at(nanos);
        synchronized (second) {
            second.admitted++;
        }
    }

    /** A background ID answered {@code NO [UNAVAILABLE]}. */
    public void shed(long nanos) {
        Second second = at(nanos);
        synchronized (second) {
            second.shed++;
        }
    }

    /** A device finished its back-fill. */
    public void completed(long nanos) {
        Second second = at(nanos);
        synchronized (second) {
            second.completed++;
        }
    }

    /** A connection or command failed for a reason other than shedding. */
    public void error(long nanos) {
        Second second = at(nanos);
        synchronized (second) {
            second.errors++;
        }
    }

    /** A message delivered over LMTP. */
    public void delivered(long nanos) {
        Second second = at(nanos);
        synchronized (second) {
            second.deliveries++;
        }
    }

    /** The admitted background sessions open at {@code nanos}, sampled once a second. */
    public void activeBackground(long nanos, int active) {
        Second second = at(nanos);
        synchronized (second) {
            second.active = active;
        }
    }

    /** One row per second for the first {@code count} seconds. */
    public List<SecondRow> series(int count) {
        List<SecondRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(count, seconds.length); i++) {
            Second s = seconds[i];
            synchronized (s) {
                long[] latencies = s.foreground.toArray();
                LatencyStats stats = LatencyStats.of(latencies);
                boolean any = latencies.length > 0;
                rows.add(new SecondRow(i, latencies.length, any ? stats.p50Ms() : null,
                        any ? stats.p99Ms() : null, s.backgroundCommands, s.admitted, s.shed,
                        s.active, s.completed, s.errors, s.deliveries));
            }
        }
        return rows;
    }

    /** Foreground latency percentiles per operation, operations never seen left out. */
    public Map<Operation, LatencyStats> foregroundByOperation() {
        Map<Operation, LatencyStats> stats = new EnumMap<>(Operation.class);
        foreground.forEach((operation, list) -> {
            synchronized (list) {
                if (list.size() > 0) {
                    stats.put(operation, LatencyStats.of(list.toArray()));
                }
            }
        });
        return stats;
    }

    /** Foreground latency percentiles over all operations. */
    public LatencyStats foregroundAll() {
        LongList all = new LongList();
        for (LongList list : foreground.values()) {
            synchronized (list) {
                for (long value : list.toArray()) {
                    all.add(value);
                }
            }
        }
        return LatencyStats.of(all.toArray());
    }

    private Second at(long nanos) {
        long index = Math.max(0, (nanos - startNanos) / 1_000_000_000L);
        return seconds[(int) Math.min(seconds.length - 1, index)];
    }

    /** Counts of one second; guarded by itself. */
    private static final class Second {
        final LongList foreground = new LongList();
        int backgroundCommands;
        int admitted;
        int shed;
        int active;
        int completed;
        int errors;
        int deliveries;
    }
}
