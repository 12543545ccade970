package dev.spillway.policy.shed;

import java.time.Instant;
import java.util.Map;

/**
 * A point-in-time view of the policy for metrics and the admin API. Counters are read one after
 * another without a lock, so under load they may be a few decisions apart.
 *
 * @param settings the settings in force
 * @param overrideExpiresAt when a temporary override ends, or {@code null} when none is active
 * @param overload the highest level any overload signal reports
 * @param openSessions sessions opened and not yet closed
 * @param admittedTotal background sessions holding a slot
 * @param admittedIndexing of those, sessions doing indexing
 * @param admittedBackFill of those, sessions doing back-fill
 * @param decisions decisions since start, by outcome and reason; every pair present
 */
public record ShedSnapshot(
        PolicySettings settings,
        Instant overrideExpiresAt,
        OverloadLevel overload,
        int openSessions,
        int admittedTotal,
        int admittedIndexing,
        int admittedBackFill,
        Map<ShedOutcome, Map<ShedReason, Long>> decisions) {

    /** The number of decisions with this outcome and reason. */
    public long decisions(ShedOutcome outcome, ShedReason reason) {
        return decisions.get(outcome).get(reason);
    }

    /** The number of decisions with this outcome, all reasons together. */
    public long decisions(ShedOutcome outcome) {
        return decisions.get(outcome).values().stream().mapToLong(Long::longValue).sum();
    }
}
