package dev.spillway.protocol.command;

/** STATUS data items (RFC 9051 §6.3.11, RFC 7162, RFC 8438, RFC 7889). */
public enum StatusItem {
    MESSAGES,
    /** IMAP4rev1 only (RFC 3501 §6.3.10). */
    RECENT,
    UIDNEXT,
    UIDVALIDITY,
    UNSEEN,
    /** Messages with \Deleted (RFC 9051 §6.3.11). */
    DELETED,
    /** RFC 7162 §3.1.2.1. */
    HIGHESTMODSEQ,
    /** Total size in octets (RFC 8438). */
    SIZE,
    /** RFC 7889 §3.2. */
    APPENDLIMIT
}
