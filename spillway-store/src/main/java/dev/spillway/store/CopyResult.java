package dev.spillway.store;

import java.util.List;

/**
 * The UID mapping of a COPY or MOVE, for the COPYUID response code (RFC 4315 §3).
 * {@code sourceUids.get(i)} became {@code targetUids.get(i)}; both are in ascending source order.
 * For a move, {@code sourceUids} are also the UIDs expunged from the source.
 *
 * @param targetMailboxId   the target mailbox
 * @param targetUidValidity the target's UIDVALIDITY
 * @param sourceUids        source UIDs that existed and were copied, ascending
 * @param targetUids        their new UIDs in the target
 */
public record CopyResult(
        long targetMailboxId,
        long targetUidValidity,
        List<Long> sourceUids,
        List<Long> targetUids) {
}
