package dev.spillway.policy.shed;

/** How loaded an {@link OverloadSignal} says the system is. */
public enum OverloadLevel {
    /** Nothing to do. */
    NONE,
    /** Indexing yields: new and repeated indexing-only IDs are shed, back-fill is admitted. */
    HIGH,
    /** Every background ID is shed; foreground is untouched. */
    CRITICAL
}
