package dev.spillway.protocol.command;

/** What STORE does with the flags: {@code FLAGS}, {@code +FLAGS}, {@code -FLAGS}. */
public enum StoreAction {
    REPLACE,
    ADD,
    REMOVE
}
