package dev.spillway.admin.metrics;

import dev.spillway.policy.id.BackgroundWork;
import dev.spillway.policy.id.IdClassification;

/**
 * What a connection is doing, as far as load shedding cares; one label value for metrics.
 * A connection starts {@link #UNCLASSIFIED} and is classified by each {@code ID} it sends
 * (TN3189: Mail may switch an open connection between foreground and background work).
 */
public enum SessionClass {
    /** Work the user waits for, including every client other than Apple Mail. */
    FOREGROUND("foreground"),
    /** Apple Mail announced {@code indexer} and nothing else. */
    BACKGROUND_INDEXING("background_indexing"),
    /** Apple Mail announced {@code back-fill} (possibly with {@code indexer}). */
    BACKGROUND_BACK_FILL("background_back_fill"),
    /** No {@code ID} yet. */
    UNCLASSIFIED("unclassified");

    private final String label;

    SessionClass(String label) {
        this.label = label;
    }

    /** The Prometheus label value. */
    public String label() {
        return label;
    }

    /**
     * The class an {@code ID} puts its connection in. Back-fill wins over indexing when both are
     * announced, since the user waits for back-fill more.
     */
    public static SessionClass of(IdClassification id) {
        if (id.background().contains(BackgroundWork.BACK_FILL)) {
            return BACKGROUND_BACK_FILL;
        }
        if (id.background().contains(BackgroundWork.INDEXING)) {
            return BACKGROUND_INDEXING;
        }
        return FOREGROUND;
    }
}
