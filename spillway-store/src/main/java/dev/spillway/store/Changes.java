package dev.spillway.store;

import java.util.List;

/**
 * What happened in a mailbox after a given MODSEQ, for CONDSTORE/QRESYNC (RFC 7162 §3.1.4,
 * §3.2.5) and IDLE.
 *
 * @param changed       messages with a MODSEQ above the given one, by UID (new or changed)
 * @param vanished      UIDs expunged with a MODSEQ above the given one, ascending
 * @param highestModSeq the mailbox's HIGHESTMODSEQ when read
 * @param uidNext       the mailbox's UIDNEXT when read
 */
public record Changes(
        List<MessageMeta> changed,
        List<Long> vanished,
        long highestModSeq,
        long uidNext) {
}
