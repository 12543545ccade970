package dev.spillway.protocol.response;

/** The status of a status response (RFC 9051 §7.1). */
public enum Status {
    /** Success. */
    OK,
    /** Operational error: the command was valid but failed. */
    NO,
    /** Protocol-level error: the command was not understood. */
    BAD,
    /** Greeting of an already authenticated connection (untagged only). */
    PREAUTH,
    /** The server is closing the connection (untagged only). */
    BYE
}
