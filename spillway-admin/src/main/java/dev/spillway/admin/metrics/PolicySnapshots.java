package dev.spillway.admin.metrics;

import dev.spillway.policy.shed.ShedPolicy;
import dev.spillway.policy.shed.ShedSnapshot;
import java.util.Objects;

/**
 * {@link ShedPolicy#snapshot()} shared by everything read in one scrape or status request:
 * a scrape reads some fifty series from the snapshot, and taking one per series would show
 * counters from slightly different moments side by side. A snapshot is reused for
 * {@link #MAX_AGE_NANOS}.
 */
public final class PolicySnapshots {

    /** How long one snapshot is reused: 100 ms, far below any scrape or poll interval. */
    static final long MAX_AGE_NANOS = 100_000_000L;

    private final ShedPolicy policy;
    private volatile Taken last;

    private record Taken(ShedSnapshot snapshot, long atNanos) {
    }

    public PolicySnapshots(ShedPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** A snapshot at most 100 ms old. */
    public ShedSnapshot latest() {
        long now = System.nanoTime();
        Taken taken = last;
        if (taken == null || now - taken.atNanos() > MAX_AGE_NANOS) {
            taken = new Taken(policy.snapshot(), now);
            last = taken;
        }
        return taken.snapshot();
    }

    /** A fresh snapshot, e.g. right after a settings change. */
    public ShedSnapshot fresh() {
        Taken taken = new Taken(policy.snapshot(), System.nanoTime());
        last = taken;
        return taken.snapshot();
    }

    public ShedPolicy policy() {
        return policy;
    }
}
