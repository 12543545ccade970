package dev.spillway.protocol.command;

/**
 * {@code UIDBATCHES batch-size [first:last]} (RFC 10022 §3). Batches are numbered from 1, the
 * batch with the highest UIDs; without a range every batch is asked for.
 *
 * @param batchSize messages per batch, at least 1 (the server's minimum is checked later)
 * @param firstBatch the first batch asked for, 1 when no range was given
 * @param lastBatch the last batch asked for, or {@link #ALL_BATCHES} when no range was given
 */
public record UidBatchesCommand(String tag, long batchSize, long firstBatch, long lastBatch)
        implements Command {

    /** {@link #lastBatch()} when the command named no range. */
    public static final long ALL_BATCHES = -1;

    @Override
    public CommandKind kind() {
        return CommandKind.UIDBATCHES;
    }

    /** Whether the command named a batch range. */
    public boolean hasRange() {
        return lastBatch != ALL_BATCHES;
    }
}
