package dev.spillway.policy.shed;

/** Why a {@link ShedDecision} came out as it did; one label value for metrics. */
public enum ShedReason {
    /** Mode OFF: ID is plain RFC 2971. */
    MODE_OFF,
    /** The client is not Apple Mail (or sent {@code ID NIL}); it is never shed. */
    NOT_APPLE,
    /** Apple Mail announced no background work; foreground is never shed. */
    FOREGROUND,
    /** Background work within every limit. */
    WITHIN_LIMITS,
    /** Mode ALWAYS sheds every background ID. */
    ALWAYS,
    /** An operator's {@link ManualOverload} is up. */
    MANUAL,
    /** An automatic {@link OverloadSignal} is up. */
    OVERLOAD,
    /** Indexing yields first: too many background slots held for indexing-only work. */
    INDEXING_YIELD,
    /** {@link PolicySettings#backgroundCap()} reached. */
    TOTAL_CAP,
    /**
     * An adaptive limit below {@link PolicySettings#backgroundCap()} reached (see
     * {@link ShedPolicy#limitBackground}).
     */
    ADAPTIVE_LIMIT,
    /** {@link PolicySettings#indexingCap()} reached. */
    INDEXING_CAP,
    /** {@link PolicySettings#backFillCap()} reached. */
    BACK_FILL_CAP,
    /** Too many new background sessions per second ({@link PolicySettings#rate()}). */
    RATE
}
