package dev.spillway.proxy;

/**
 * What a client session was doing, judged by the last ID it sent (TN3189). A session is counted
 * once, under its class at the end.
 */
public enum SessionClass {
    /** The client never sent an ID. */
    UNCLASSIFIED,
    /** The last ID announced no background work (any client). */
    FOREGROUND,
    /** The last ID was iOS Mail announcing {@code indexer} only. */
    BACKGROUND_INDEXING,
    /** The last ID was iOS Mail announcing {@code back-fill} (possibly with {@code indexer}). */
    BACK_FILL
}
