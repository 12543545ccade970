package dev.spillway.protocol.command;

/** The connection states of RFC 9051 §3. */
public enum ImapState {
    /** Before LOGIN or AUTHENTICATE succeeded. */
    NOT_AUTHENTICATED,
    /** Logged in, no mailbox selected. */
    AUTHENTICATED,
    /** A mailbox is selected. */
    SELECTED,
    /** LOGOUT received or the server is closing. */
    LOGOUT
}
