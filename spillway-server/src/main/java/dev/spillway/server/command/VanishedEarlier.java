package dev.spillway.server.command;

import dev.spillway.protocol.command.SequenceSet;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.store.MailAccount;
import dev.spillway.store.StoreException;
import java.util.ArrayList;
import java.util.List;

/**
 * The UIDs for {@code * VANISHED (EARLIER)} (RFC 7162 §3.2.5, §3.2.6): expunged after a given
 * MODSEQ, as the store's tombstones record them. The store keeps tombstones for good, so the
 * answer is exact and never needs the sequence match data of §3.2.5.2 to narrow it.
 *
 * <p>Left out are UIDs the session still numbers (an expunge it has not reported yet: that
 * goes out later as a plain VANISHED, which also lowers the message count, §3.2.10) and UIDs
 * at or above the view's UIDNEXT, which the client never saw.
 */
final class VanishedEarlier {
    private VanishedEarlier() {
    }

    /**
     * The UIDs expunged after {@code modSeq}, limited to {@code within} (a UID set, where
     * {@code *} stands for the highest UID ever given out), or all of them for null.
     */
    static List<Long> since(MailAccount account, SelectedMailbox view, long modSeq,
            SequenceSet within) throws StoreException {
        long largest = Math.max(view.maxUid(), view.uidNext() - 1);
        List<Long> out = new ArrayList<>();
        for (long uid : account.changesSince(view.id(), modSeq).vanished()) {
            if (uid < view.uidNext() && view.seqOf(uid) == 0
                    && (within == null || within.contains(uid, largest))) {
                out.add(uid);
            }
        }
        return out;
    }
}
