package dev.spillway.sim.report;

/** What a recorded command did; the summary gives latency percentiles per operation. */
public enum Operation {
    /** AUTHENTICATE PLAIN with SASL-IR (RFC 4959). */
    LOGIN,
    /** ID (RFC 2971), the command TN3189 sheds on. */
    ID,
    LIST,
    SELECT,
    /** UID SEARCH ALL after SELECT, to learn which messages exist. */
    SEARCH,
    /** UID FETCH of header fields: a message list scrolled or new mail shown. */
    FETCH_HEADERS,
    /** UID FETCH BODY[]: a message opened. */
    FETCH_BODY,
    /** UID STORE +FLAGS (\Flagged). */
    STORE,
    /** UID MOVE to Archive (RFC 6851). */
    MOVE,
    /** From DONE to the tagged OK that ends IDLE (RFC 2177). */
    IDLE_DONE,
    /** A background device's UID FETCH of a batch of whole messages. */
    BATCH_FETCH,
    APPEND
}
