package dev.spillway.server.search;

import dev.spillway.protocol.command.SearchReturnOptions.PartialRange;
import java.util.Arrays;
import java.util.List;

/**
 * The positions a PARTIAL range names in an ordered list of results: of SEARCH matches
 * (RFC 9394 §3.1) or of the messages a FETCH would return (RFC 9394 §3.2). Positions count
 * from 1 at the first item, or from -1 at the last; {@code 5:1} is {@code 1:5}; positions
 * past either end name nothing.
 */
public final class PartialWindow {
    private PartialWindow() {
    }

    /** The items the range names, in their order; a view of {@code items}. */
    public static <T> List<T> of(List<T> items, PartialRange range) {
        int[] bounds = bounds(items.size(), range);
        return items.subList(bounds[0], bounds[1]);
    }

    /** The items the range names, in their order. */
    public static int[] of(int[] items, PartialRange range) {
        int[] bounds = bounds(items.length, range);
        return Arrays.copyOfRange(items, bounds[0], bounds[1]);
    }

    /** {@code {from, to}}: the half-open index range the range names among {@code size}. */
    static int[] bounds(int size, PartialRange range) {
        long low = Math.min(Math.abs(range.first()), Math.abs(range.last()));
        long high = Math.max(Math.abs(range.first()), Math.abs(range.last()));
        long from;
        long to;
        if (range.first() > 0) {
            from = Math.min(low - 1, size);
            to = Math.min(high, size);
        } else {
            from = Math.max(size - high, 0);
            to = Math.max(size - low + 1, 0);
        }
        return from >= to ? new int[] {0, 0} : new int[] {(int) from, (int) to};
    }
}
