package dev.spillway.protocol.command;

import java.util.List;

/**
 * A sequence set such as {@code 1,3:5,7:*} (RFC 9051 §9), or {@code $}, the result saved by
 * {@code SEARCH RETURN (SAVE)} (RFC 5182).
 *
 * @param ranges the ranges in the order sent; empty exactly when {@code saved} is true
 * @param saved true for {@code $}
 */
public record SequenceSet(List<SequenceRange> ranges, boolean saved) {

    /** The {@code $} set. */
    public static final SequenceSet SAVED = new SequenceSet(List.of(), true);

    /** Checks that a set is either {@code $} or non-empty. */
    public SequenceSet {
        ranges = List.copyOf(ranges);
        if (saved != ranges.isEmpty()) {
            throw new IllegalArgumentException("a sequence set is $ or has ranges");
        }
    }

    /** A set of the given ranges. */
    public static SequenceSet of(SequenceRange... ranges) {
        return new SequenceSet(List.of(ranges), false);
    }

    /** Whether {@code n} is in the set, with {@code *} meaning {@code largest}. */
    public boolean contains(long n, long largest) {
        for (SequenceRange range : ranges) {
            if (range.contains(n, largest)) {
                return true;
            }
        }
        return false;
    }

    /** Wire form. */
    @Override
    public String toString() {
        if (saved) {
            return "$";
        }
        StringBuilder out = new StringBuilder();
        for (SequenceRange range : ranges) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(range);
        }
        return out.toString();
    }
}
