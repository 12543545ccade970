package dev.spillway.admin.decisions;

import dev.spillway.policy.shed.ShedDecision;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The last {@code capacity} shed decisions, for the dashboard. Lock-free: a writer takes the
 * next sequence number and swaps its entry into one slot unless a newer one is already there;
 * readers copy the slots and sort by sequence. A reader racing with writers may miss an entry
 * being replaced, so a listing is the newest entries at about the moment of reading, not an
 * atomic cut.
 */
public final class RecentDecisions {

    /** The default capacity: as many rows as the dashboard shows. */
    public static final int DEFAULT_CAPACITY = 50;

    private final Clock clock;
    private final AtomicLong next = new AtomicLong();
    private final AtomicReferenceArray<RecentDecision> slots;

    public RecentDecisions(int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.slots = new AtomicReferenceArray<>(capacity);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public RecentDecisions() {
        this(DEFAULT_CAPACITY, Clock.systemUTC());
    }

    /**
     * Remembers {@code decision} if it shed the ID ({@link ShedDecision#isShed()}); other
     * decisions are ignored, so callers may pass every decision.
     *
     * @param clientAddress the client's address without port, or empty
     */
    public void record(String clientAddress, ShedDecision decision) {
        if (!decision.isShed()) {
            return;
        }
        long sequence = next.getAndIncrement();
        RecentDecision entry = new RecentDecision(sequence, clock.instant(),
                Objects.requireNonNull(clientAddress, "clientAddress"),
                decision.classification().clientName(),
                Activities.name(decision.classification().background()),
                decision.reason().name().toLowerCase(Locale.ROOT));
        int index = (int) (sequence % slots.length());
        while (true) {
            RecentDecision current = slots.get(index);
            // A writer delayed past a whole lap must not overwrite a newer entry.
            if (current != null && current.sequence() > sequence) {
                return;
            }
            if (slots.compareAndSet(index, current, entry)) {
                return;
            }
        }
    }

    /** The remembered decisions, newest first. */
    public List<RecentDecision> newestFirst() {
        List<RecentDecision> entries = new ArrayList<>(slots.length());
        for (int i = 0; i < slots.length(); i++) {
            RecentDecision entry = slots.get(i);
            if (entry != null) {
                entries.add(entry);
            }
        }
        entries.sort(Comparator.comparingLong(RecentDecision::sequence).reversed());
        return entries;
    }

    /** How many shed decisions were recorded since start, forgotten ones included. */
    public long recorded() {
        return next.get();
    }

    public int capacity() {
        return slots.length();
    }
}
