package dev.spillway.protocol.command;

import java.util.Optional;

/** STATUS data items (RFC 9051 §6.3.11, RFC 7162, RFC 8438, RFC 7889, RFC 9208). */
public enum StatusItem {
    MESSAGES,
    /** IMAP4rev1 only (RFC 3501 §6.3.10). */
    RECENT,
    UIDNEXT,
    UIDVALIDITY,
    UNSEEN,
    /** Messages with {@code \Deleted} (RFC 9051 §6.3.11, RFC 9208 §4.2). */
    DELETED,
    /** Space EXPUNGE would free, in units of 1024 octets (RFC 9208 §4.2). */
    DELETED_STORAGE,
    /** RFC 7162 §3.1.2.1. */
    HIGHESTMODSEQ,
    /** Total size in octets (RFC 8438). */
    SIZE,
    /** RFC 7889 §3.2. */
    APPENDLIMIT;

    /** The item's name on the wire, e.g. {@code DELETED-STORAGE}. */
    public String wireName() {
        return name().replace('_', '-');
    }

    /** The item with this wire name, in upper case; empty if there is none. */
    public static Optional<StatusItem> named(String upper) {
        for (StatusItem item : values()) {
            if (item.wireName().equals(upper)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}
