package dev.spillway.store;

/** How a STORE changes flags (RFC 3501 §6.4.6: FLAGS, +FLAGS, -FLAGS). */
public enum FlagMode {
    REPLACE,
    ADD,
    REMOVE
}
