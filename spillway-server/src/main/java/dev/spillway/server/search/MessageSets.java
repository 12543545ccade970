package dev.spillway.server.search;

import dev.spillway.protocol.command.SequenceRange;
import dev.spillway.protocol.command.SequenceSet;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.store.UidSet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Resolves the sequence set of FETCH, STORE, COPY, MOVE and UID EXPUNGE to sequence numbers of
 * the session's view (RFC 3501 §6.4.8, §9 sequence-set).
 */
public final class MessageSets {
    private MessageSets() {
    }

    /**
     * The sequence numbers {@code set} names, ascending and without duplicates.
     *
     * <p>For sequence numbers, {@code *} is the last message and a number above EXISTS is a
     * client error (RFC 9051 §6.4.8 calls such a set invalid), answered BAD; in an empty mailbox
     * every sequence number is invalid. For UIDs, {@code *} is the highest UID in the view, so
     * {@code n:*} with n above it still names that message (RFC 3501 §6.4.8), and UIDs without
     * a message are ignored.
     *
     * @throws ImapException BAD for an invalid number, or for {@code $}, which needs SEARCHRES
     */
    public static int[] resolve(SequenceSet set, boolean uid, SelectedMailbox view)
            throws ImapException {
        if (set.saved()) {
            throw ImapException.bad("The saved search result $ is not supported");
        }
        BitSet seqs = new BitSet(view.exists() + 1);
        for (SequenceRange range : set.ranges()) {
            if (uid) {
                addUids(range, view, seqs);
            } else {
                addSeqs(range, view, seqs);
            }
        }
        return seqs.stream().toArray();
    }

    /** The UIDs of the given sequence numbers of the view, as a store set. */
    public static UidSet uids(int[] seqs, SelectedMailbox view) {
        return UidSet.of(uidList(seqs, view));
    }

    /** The UIDs of the given sequence numbers of the view, ascending. */
    public static List<Long> uidList(int[] seqs, SelectedMailbox view) {
        List<Long> uids = new ArrayList<>(seqs.length);
        for (int seq : seqs) {
            uids.add(view.at(seq).uid());
        }
        return uids;
    }

    private static void addSeqs(SequenceRange range, SelectedMailbox view, BitSet seqs)
            throws ImapException {
        int exists = view.exists();
        long low = range.low(exists);
        long high = range.high(exists);
        if (exists == 0 || low < 1 || high > exists) {
            throw ImapException.bad("Invalid message sequence number " + range
                    + " (EXISTS is " + exists + ")");
        }
        seqs.set((int) low, (int) high + 1);
    }

    private static void addUids(SequenceRange range, SelectedMailbox view, BitSet seqs) {
        long max = view.maxUid();
        if (max == 0) {
            return;
        }
        long low = range.low(max);
        long high = range.high(max);
        int seq = view.firstSeqAtOrAbove(low);
        while (seq <= view.exists() && view.at(seq).uid() <= high) {
            seqs.set(seq);
            seq++;
        }
    }
}
