package dev.spillway.policy.shed;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Decisions counted by outcome and reason; one striped adder per pair, so no contention. */
final class DecisionCounters {

    private static final ShedOutcome[] OUTCOMES = ShedOutcome.values();
    private static final ShedReason[] REASONS = ShedReason.values();

    private final LongAdder[][] counts = new LongAdder[OUTCOMES.length][REASONS.length];

    DecisionCounters() {
        for (LongAdder[] row : counts) {
            for (int i = 0; i < row.length; i++) {
                row[i] = new LongAdder();
            }
        }
    }

    void count(ShedOutcome outcome, ShedReason reason) {
        counts[outcome.ordinal()][reason.ordinal()].increment();
    }

    /** Every pair, zero counts included, so metrics see a stable set of series. */
    Map<ShedOutcome, Map<ShedReason, Long>> snapshot() {
        Map<ShedOutcome, Map<ShedReason, Long>> byOutcome = new EnumMap<>(ShedOutcome.class);
        for (ShedOutcome outcome : OUTCOMES) {
            Map<ShedReason, Long> byReason = new EnumMap<>(ShedReason.class);
            for (ShedReason reason : REASONS) {
                byReason.put(reason, counts[outcome.ordinal()][reason.ordinal()].sum());
            }
            byOutcome.put(outcome, Collections.unmodifiableMap(byReason));
        }
        return Collections.unmodifiableMap(byOutcome);
    }
}
