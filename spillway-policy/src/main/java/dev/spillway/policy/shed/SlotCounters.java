package dev.spillway.policy.shed;

import dev.spillway.policy.id.BackgroundWork;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The background slots held now, per cap. Each cap is taken with its own CAS loop and given
 * back when a later cap refuses, so no lock is needed and no cap is ever exceeded. The price:
 * while one session holds a partial reservation, a racing session may be refused at the very
 * edge of a cap it would otherwise have fitted under.
 */
final class SlotCounters {

    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger indexing = new AtomicInteger();
    private final AtomicInteger backFill = new AtomicInteger();

    /**
     * Reserves slots for {@code work}, or returns the reason the first refusing cap gives. The
     * total cap is {@code backgroundCap}: the configured cap or an adaptive limit below it; the
     * indexing yield limit scales with it.
     */
    ShedReason reserve(Set<BackgroundWork> work, boolean indexingOnly, PolicySettings settings,
            int backgroundCap) {
        int totalLimit = backgroundCap;
        if (indexingOnly) {
            totalLimit = Math.min(totalLimit,
                    (int) Math.floor(settings.indexingYieldFraction() * backgroundCap));
        }
        ShedReason full = fullByReading(work, totalLimit, backgroundCap, settings);
        if (full != null) {
            return full;
        }
        int seen = tryIncrement(total, totalLimit);
        if (seen >= 0) {
            return totalReason(seen, backgroundCap, settings);
        }
        boolean needsIndexing = work.contains(BackgroundWork.INDEXING);
        if (needsIndexing && tryIncrement(indexing, settings.indexingCap()) >= 0) {
            total.decrementAndGet();
            return ShedReason.INDEXING_CAP;
        }
        if (work.contains(BackgroundWork.BACK_FILL)
                && tryIncrement(backFill, settings.backFillCap()) >= 0) {
            if (needsIndexing) {
                indexing.decrementAndGet();
            }
            total.decrementAndGet();
            return ShedReason.BACK_FILL_CAP;
        }
        return null;
    }

    /**
     * Refuses without writing when a cap is already full. During a wave most IDs are shed, and
     * a refusal that only reads keeps the connections from contending on the counters.
     */
    private ShedReason fullByReading(Set<BackgroundWork> work, int totalLimit,
            int backgroundCap, PolicySettings settings) {
        int held = total.get();
        if (held >= totalLimit) {
            return totalReason(held, backgroundCap, settings);
        }
        if (work.contains(BackgroundWork.INDEXING) && indexing.get() >= settings.indexingCap()) {
            return ShedReason.INDEXING_CAP;
        }
        if (work.contains(BackgroundWork.BACK_FILL) && backFill.get() >= settings.backFillCap()) {
            return ShedReason.BACK_FILL_CAP;
        }
        return null;
    }

    /** Which limit {@code held} sessions ran into. */
    private static ShedReason totalReason(int held, int backgroundCap, PolicySettings settings) {
        if (held >= settings.backgroundCap()) {
            return ShedReason.TOTAL_CAP;
        }
        return held >= backgroundCap ? ShedReason.ADAPTIVE_LIMIT : ShedReason.INDEXING_YIELD;
    }

    /** Gives back the slots {@link #reserve} took for {@code work}. */
    void release(Set<BackgroundWork> work) {
        if (work.contains(BackgroundWork.INDEXING)) {
            indexing.decrementAndGet();
        }
        if (work.contains(BackgroundWork.BACK_FILL)) {
            backFill.decrementAndGet();
        }
        total.decrementAndGet();
    }

    int total() {
        return total.get();
    }

    int indexing() {
        return indexing.get();
    }

    int backFill() {
        return backFill.get();
    }

    /** Adds one unless the counter is at {@code limit}; returns -1 on success, else the count. */
    private static int tryIncrement(AtomicInteger counter, int limit) {
        while (true) {
            int current = counter.get();
            if (current >= limit) {
                return current;
            }
            if (counter.compareAndSet(current, current + 1)) {
                return -1;
            }
        }
    }
}
