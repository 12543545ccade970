package dev.spillway.server.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a mailbox's UIDs into batches of equal message count for UIDBATCHES (RFC 10022 §3).
 *
 * <p>Batches run from the highest UID down: batch 1 holds the {@code size} messages with the
 * highest UIDs, batch 2 the next ones, and the last batch may hold fewer. Each batch is a UID
 * range: the first starts at the highest UID, each following one starts right below the end
 * of the one before, so the ranges tile the UID space without gaps, and the last batch of the
 * mailbox ends at UID 1 (RFC 10022 §3.1.4 says it SHOULD, even when UID 1 no longer exists).
 * A range ends at the UID of the lowest message of its batch, so every batch names exactly its
 * messages.
 */
public final class UidBatches {
    private UidBatches() {
    }

    /** One batch: UIDs {@code high} down to {@code low}, inclusive. */
    public record Range(long high, long low) {
        /** {@code high:low}, or one number when both are equal (RFC 10022 §5). */
        @Override
        public String toString() {
            return high == low ? Long.toString(high) : high + ":" + low;
        }
    }

    /**
     * The batches {@code first} to {@code last} (1-based, inclusive) of a mailbox.
     *
     * @param uids the mailbox's UIDs, ascending
     * @param size messages per batch, at least 1
     * @return the ranges, highest first; fewer (or none) when the mailbox has fewer batches
     */
    public static List<Range> of(long[] uids, long size, long first, long last) {
        long batches = (uids.length + size - 1) / size;
        long end = Math.min(last, batches);
        List<Range> ranges = new ArrayList<>();
        for (long batch = first; batch <= end; batch++) {
            // Positions counted from the top: batch b holds positions (b-1)*size .. b*size-1.
            long topIndex = uids.length - 1 - (batch - 1) * size;
            long bottomIndex = Math.max(uids.length - batch * size, 0);
            long high = batch == 1 ? uids[(int) topIndex] : uids[(int) topIndex + 1] - 1;
            long low = bottomIndex == 0 ? 1 : uids[(int) bottomIndex];
            ranges.add(new Range(high, low));
        }
        return ranges;
    }
}
