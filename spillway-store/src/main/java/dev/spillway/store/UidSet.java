package dev.spillway.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * An immutable set of UIDs as sorted, disjoint, non-adjacent closed ranges, so that
 * {@code 1:*} over a large mailbox costs one range, not one entry per message.
 */
public final class UidSet {
    /** The largest UID IMAP allows (RFC 3501 §9, nz-number is 32 bits). */
    public static final long MAX_UID = 0xFFFF_FFFFL;

    public static final UidSet EMPTY = new UidSet(List.of());

    /** A closed range {@code first..last} with {@code 1 <= first <= last}. */
    public record Range(long first, long last) {
        public Range {
            if (first < 1 || last < first) {
                throw new IllegalArgumentException("bad UID range " + first + ":" + last);
            }
        }

        public long size() {
            return last - first + 1;
        }
    }

    private final List<Range> ranges;

    private UidSet(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Every UID, {@code 1:4294967295}. */
    public static UidSet all() {
        return range(1, MAX_UID);
    }

    public static UidSet range(long first, long last) {
        return new UidSet(List.of(new Range(first, last)));
    }

    public static UidSet of(long... uids) {
        List<Range> list = new ArrayList<>();
        for (long uid : uids) {
            list.add(new Range(uid, uid));
        }
        return ofRanges(list);
    }

    public static UidSet of(Collection<Long> uids) {
        List<Range> list = new ArrayList<>(uids.size());
        for (long uid : uids) {
            list.add(new Range(uid, uid));
        }
        return ofRanges(list);
    }

    /** Normalises any ranges: sorts them and merges overlapping or adjacent ones. */
    public static UidSet ofRanges(Collection<Range> input) {
        List<Range> sorted = new ArrayList<>(input);
        sorted.sort((a, b) -> Long.compare(a.first(), b.first()));
        List<Range> merged = new ArrayList<>();
        for (Range r : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && r.first() <= merged.get(last).last() + 1) {
                Range prev = merged.get(last);
                merged.set(last, new Range(prev.first(), Math.max(prev.last(), r.last())));
            } else {
                merged.add(r);
            }
        }
        return merged.isEmpty() ? EMPTY : new UidSet(Collections.unmodifiableList(merged));
    }

    public List<Range> ranges() {
        return ranges;
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean contains(long uid) {
        int lo = 0;
        int hi = ranges.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Range r = ranges.get(mid);
            if (uid < r.first()) {
                hi = mid - 1;
            } else if (uid > r.last()) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Number of UIDs in the set (not the number of messages that exist). */
    public long size() {
        long n = 0;
        for (Range r : ranges) {
            n += r.size();
        }
        return n;
    }

    /** IMAP sequence-set text, e.g. {@code 1:3,7}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Range r : ranges) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(r.first());
            if (r.last() != r.first()) {
                sb.append(':').append(r.last());
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UidSet other && other.ranges.equals(ranges);
    }

    @Override
    public int hashCode() {
        return ranges.hashCode();
    }
}
