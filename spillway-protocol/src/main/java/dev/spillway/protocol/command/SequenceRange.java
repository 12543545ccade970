package dev.spillway.protocol.command;

/**
 * One element of a sequence set: {@code n}, {@code n:m} or with {@code *} (RFC 9051 §9,
 * seq-range). Bounds are kept as sent; {@code 5:2} is the same range as {@code 2:5}.
 *
 * @param first first number, or {@link #STAR}
 * @param last last number, or {@link #STAR}; equal to {@code first} for a single number
 */
public record SequenceRange(long first, long last) {

    /** Stands for {@code *}, the largest number in use. */
    public static final long STAR = -1;

    /** Largest sequence number or UID (RFC 9051 §9, nz-number is 32-bit unsigned). */
    public static final long MAX = 4_294_967_295L;

    /** Checks the bounds. */
    public SequenceRange {
        check(first);
        check(last);
    }

    /** The lower bound after replacing {@code *} by {@code largest}. */
    public long low(long largest) {
        return Math.min(resolve(first, largest), resolve(last, largest));
    }

    /** The upper bound after replacing {@code *} by {@code largest}. */
    public long high(long largest) {
        return Math.max(resolve(first, largest), resolve(last, largest));
    }

    /** Whether {@code n} is in the range, with {@code *} meaning {@code largest}. */
    public boolean contains(long n, long largest) {
        return n >= low(largest) && n <= high(largest);
    }

    private static long resolve(long value, long largest) {
        return value == STAR ? largest : value;
    }

    private static void check(long value) {
        if (value != STAR && (value < 1 || value > MAX)) {
            throw new IllegalArgumentException("not a sequence number: " + value);
        }
    }

    /** Wire form, e.g. {@code 3:*}. */
    @Override
    public String toString() {
        String a = first == STAR ? "*" : Long.toString(first);
        if (first == last) {
            return a;
        }
        return a + ":" + (last == STAR ? "*" : Long.toString(last));
    }
}
