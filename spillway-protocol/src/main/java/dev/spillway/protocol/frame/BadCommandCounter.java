package dev.spillway.protocol.frame;

/**
 * Counts bad commands in a row; a good command resets the count. When the count reaches
 * {@link ProtocolLimits#maxConsecutiveBadCommands()} the connection should be closed with BYE,
 * since a client that keeps failing is most likely not speaking IMAP at all.
 */
public final class BadCommandCounter {

    private final int max;
    private int count;

    /** Creates a counter that trips after {@code max} bad commands in a row. */
    public BadCommandCounter(int max) {
        if (max <= 0) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
        this.max = max;
    }

    /** Records a bad command; returns true when the limit is now reached. */
    public boolean recordBad() {
        count++;
        return count >= max;
    }

    /** Records a good command, resetting the count. */
    public void recordGood() {
        count = 0;
    }

    /** Bad commands in a row so far. */
    public int count() {
        return count;
    }
}
