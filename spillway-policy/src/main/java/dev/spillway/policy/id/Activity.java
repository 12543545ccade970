package dev.spillway.policy.id;

/** Whether the connection is doing work the user waits for. */
public enum Activity {
    /** Anything that is not announced as background work; never shed. */
    FOREGROUND,
    /** iOS Mail announced {@code indexer} and/or {@code back-fill} in its {@code event} field. */
    BACKGROUND
}
