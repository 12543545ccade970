package dev.spillway.store;

import java.util.List;

/**
 * The outcome of a flag change over a set of UIDs, made in one transaction.
 *
 * @param changed         messages whose flags changed, with their new flags and MODSEQ
 * @param unchanged       messages the change left as they were (no MODSEQ bump)
 * @param failed          UIDs that failed the UNCHANGEDSINCE test (RFC 7162 §3.1.3) and were
 *                        left alone; the server reports them in {@code [MODIFIED ...]}
 * @param highestModSeq   the mailbox's HIGHESTMODSEQ after the change
 */
public record StoreResult(
        List<MessageMeta> changed,
        List<MessageMeta> unchanged,
        List<Long> failed,
        long highestModSeq) {
}
