package dev.spillway.server.mailbox;

import dev.spillway.store.Changes;
import dev.spillway.store.MailboxSnapshot;
import dev.spillway.store.MessageMeta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One session's view of its selected mailbox. Message {@code seq} (1-based) is
 * {@code messages[seq - 1]}, ordered by UID. A message expunged elsewhere stays in the view,
 * with its sequence number, until the session may report the expunge. Not thread-safe: only
 * the owning session touches it, one command at a time.
 */
public final class SelectedMailbox {
    private final long id;
    private final String name;
    private final boolean readOnly;
    private final long uidValidity;
    private MessageMeta[] messages;
    private int size;
    private long uidNext;
    private long highestModSeq;
    private long safeModSeq;
    private boolean modSeqAnnounced;
    private final TreeSet<Long> pendingExpunges = new TreeSet<>();
    private final Set<Long> recent = new HashSet<>();

    public SelectedMailbox(MailboxSnapshot snapshot, boolean readOnly, Collection<Long> recent) {
        this.id = snapshot.info().id();
        this.name = snapshot.info().name();
        this.readOnly = readOnly;
        this.uidValidity = snapshot.info().uidValidity();
        this.uidNext = snapshot.info().uidNext();
        this.highestModSeq = snapshot.info().highestModSeq();
        this.safeModSeq = highestModSeq;
        this.messages = snapshot.messages().toArray(new MessageMeta[0]);
        this.size = messages.length;
        this.recent.addAll(recent);
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean readOnly() {
        return readOnly;
    }

    public long uidValidity() {
        return uidValidity;
    }

    public long uidNext() {
        return uidNext;
    }

    public long highestModSeq() {
        return highestModSeq;
    }

    /**
     * The highest MODSEQ below every expunge still waiting to be reported; equal to
     * {@link #highestModSeq()} when none waits. A client that resynchronises from this value
     * misses nothing (RFC 7162 §3.2).
     */
    public long safeModSeq() {
        return hasPendingExpunges() ? safeModSeq : highestModSeq;
    }

    /** Whether the client was told a HIGHESTMODSEQ for this mailbox (RFC 7162 §3.1.2.1). */
    public boolean modSeqAnnounced() {
        return modSeqAnnounced;
    }

    /** Records that the client was told a HIGHESTMODSEQ for this mailbox. */
    public void announceModSeq() {
        modSeqAnnounced = true;
    }

    /** Messages in the view, including expunged ones not yet reported. */
    public int exists() {
        return size;
    }

    public int recentCount() {
        return recent.size();
    }

    public boolean isRecent(long uid) {
        return recent.contains(uid);
    }

    /** Expunged in the store but still holding a sequence number here. */
    public boolean isExpunged(long uid) {
        return pendingExpunges.contains(uid);
    }

    /** The message with sequence number {@code seq}, 1-based. */
    public MessageMeta at(int seq) {
        if (seq < 1 || seq > size) {
            throw new IndexOutOfBoundsException("no message " + seq);
        }
        return messages[seq - 1];
    }

    /** The sequence number of {@code uid}, or 0 when it is not in the view. */
    public int seqOf(long uid) {
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long here = messages[mid].uid();
            if (here < uid) {
                lo = mid + 1;
            } else if (here > uid) {
                hi = mid - 1;
            } else {
                return mid + 1;
            }
        }
        return 0;
    }

    /** The first sequence number whose UID is at least {@code uid}; size + 1 if none. */
    public int firstSeqAtOrAbove(long uid) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (messages[mid].uid() < uid) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo + 1;
    }

    /** The highest UID in the view, 0 when empty. */
    public long maxUid() {
        return size == 0 ? 0 : messages[size - 1].uid();
    }

    /** Replaces the view's copy of messages this session itself changed. */
    public void applyOwn(List<MessageMeta> changed) {
        for (MessageMeta meta : changed) {
            int seq = seqOf(meta.uid());
            if (seq > 0) {
                messages[seq - 1] = meta;
            }
        }
    }

    /** Adds UIDs that this session saw first as new, so they are {@code \Recent} here. */
    public void addRecent(Collection<Long> uids) {
        recent.addAll(uids);
    }

    /**
     * Takes in what changed in the store since {@link #highestModSeq()} and returns the
     * untagged responses owed, in the order they must be sent: expunges (only when
     * {@code mayExpunge}), then EXISTS and RECENT, then flag changes.
     */
    public List<MailboxUpdate> sync(Changes changes, boolean mayExpunge) {
        List<MailboxUpdate> updates = new ArrayList<>();
        List<MessageMeta> arrived = new ArrayList<>();
        List<MailboxUpdate> flagChanges = new ArrayList<>();
        long knownMax = maxUid();
        long before = highestModSeq;
        for (MessageMeta meta : changes.changed()) {
            if (meta.uid() > knownMax) {
                arrived.add(meta);
                continue;
            }
            int seq = seqOf(meta.uid());
            if (seq > 0 && !pendingExpunges.contains(meta.uid())
                    && messages[seq - 1].modSeq() != meta.modSeq()) {
                messages[seq - 1] = meta;
                flagChanges.add(new MailboxUpdate.FlagsChanged(seq, meta));
            }
        }
        for (long uid : changes.vanished()) {
            if (uid <= knownMax && seqOf(uid) > 0) {
                if (pendingExpunges.isEmpty()) {
                    // Every expunge from here on has a MODSEQ above the view's old one.
                    safeModSeq = before;
                }
                pendingExpunges.add(uid);
            }
        }
        if (mayExpunge) {
            updates.addAll(flushExpunges());
        }
        if (!arrived.isEmpty()) {
            append(arrived);
            updates.add(new MailboxUpdate.Exists(size));
        }
        highestModSeq = Math.max(highestModSeq, changes.highestModSeq());
        uidNext = Math.max(uidNext, changes.uidNext());
        updates.addAll(renumber(flagChanges));
        return updates;
    }

    /**
     * Removes every pending expunge from the view, highest UID first so that each reported
     * sequence number is still right when the client applies it in order.
     */
    public List<MailboxUpdate> flushExpunges() {
        List<MailboxUpdate> out = new ArrayList<>(pendingExpunges.size());
        for (Long uid : pendingExpunges.descendingSet()) {
            int seq = seqOf(uid);
            if (seq > 0) {
                System.arraycopy(messages, seq, messages, seq - 1, size - seq);
                messages[--size] = null;
                recent.remove(uid);
                out.add(new MailboxUpdate.Expunged(seq, uid));
            }
        }
        pendingExpunges.clear();
        return out;
    }

    /** Records expunges this session made itself; they are reported by the next flush. */
    public void markExpunged(Collection<Long> uids) {
        for (long uid : uids) {
            if (seqOf(uid) > 0) {
                if (pendingExpunges.isEmpty()) {
                    safeModSeq = highestModSeq;
                }
                pendingExpunges.add(uid);
            }
        }
    }

    /** True when expunges are waiting to be reported. */
    public boolean hasPendingExpunges() {
        return !pendingExpunges.isEmpty();
    }

    private void append(List<MessageMeta> arrived) {
        if (size + arrived.size() > messages.length) {
            messages = Arrays.copyOf(messages, Math.max(size + arrived.size(), size * 2 + 16));
        }
        for (MessageMeta meta : arrived) {
            messages[size++] = meta;
        }
    }

    /** Flag changes were numbered before expunges were removed; number them again. */
    private List<MailboxUpdate> renumber(List<MailboxUpdate> flagChanges) {
        List<MailboxUpdate> out = new ArrayList<>(flagChanges.size());
        for (MailboxUpdate update : flagChanges) {
            MessageMeta meta = ((MailboxUpdate.FlagsChanged) update).message();
            int seq = seqOf(meta.uid());
            if (seq > 0) {
                out.add(new MailboxUpdate.FlagsChanged(seq, meta));
            }
        }
        return out;
    }
}
