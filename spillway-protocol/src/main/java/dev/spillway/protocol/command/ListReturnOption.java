package dev.spillway.protocol.command;

/** LIST return options (RFC 5258 §3.2, RFC 5819, RFC 6154 §3). */
public enum ListReturnOption {
    SUBSCRIBED,
    CHILDREN,
    SPECIAL_USE,
    /** {@code STATUS (items)}; the items are in {@link ListCommand#statusItems()}. */
    STATUS
}
