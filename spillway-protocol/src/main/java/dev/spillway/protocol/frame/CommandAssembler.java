package dev.spillway.protocol.frame;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Builds whole {@link RawCommand}s from a framer's streaming events, for the server, which
 * parses complete commands. Memory grows with the data actually received, never with what a
 * literal announcement promises, so a client cannot make the server allocate 50 MiB by
 * announcing a literal it never sends.
 */
public final class CommandAssembler implements FrameListener {

    private static final int INITIAL_CAPACITY = 256;
    private static final int TRIM_BELOW = 64 * 1024;

    private final CommandSink sink;
    private final int maxSize;

    private byte[] buffer = new byte[INITIAL_CAPACITY];
    private int size;
    private long expectedEnd;
    private int literals;
    private int[] announcements = new int[2];
    private int[] offsets = new int[2];
    private int[] lengths = new int[2];
    private boolean[] binary = new boolean[2];

    /** Creates an assembler that passes commands on to {@code sink}. */
    public CommandAssembler(ProtocolLimits limits, CommandSink sink) {
        this.sink = sink;
        this.maxSize = limits.maxCommandSize();
    }

    @Override
    public void lineSegment(String tag, byte[] line, int length, boolean first,
            LiteralAnnouncement literal) {
        if (first) {
            clear();
        }
        expectedEnd = (long) size + length + (literal == null ? 0 : 2 + literal.size());
        append(line, 0, length);
        if (literal == null) {
            return;
        }
        if (literals == offsets.length) {
            int n = literals * 2;
            announcements = Arrays.copyOf(announcements, n);
            offsets = Arrays.copyOf(offsets, n);
            lengths = Arrays.copyOf(lengths, n);
            binary = Arrays.copyOf(binary, n);
        }
        announcements[literals] = size - length + literal.offset();
        append(new byte[] {'\r', '\n'}, 0, 2);
        offsets[literals] = size;
        lengths[literals] = (int) literal.size();
        binary[literals] = literal.binary();
        literals++;
    }

    @Override
    public void continuationRequired(String tag, LiteralAnnouncement literal) {
        sink.continuationRequired(tag, literal);
    }

    @Override
    public void literalData(ByteBuffer chunk, boolean lastChunk) {
        int n = chunk.remaining();
        ensureCapacity(size + n);
        chunk.get(buffer, size, n);
        size += n;
    }

    @Override
    public void commandEnd(String tag) {
        byte[] data = buffer.length <= TRIM_BELOW ? Arrays.copyOf(buffer, size) : buffer;
        RawCommand command = new RawCommand(tag, data, size,
                Arrays.copyOf(announcements, literals), Arrays.copyOf(offsets, literals),
                Arrays.copyOf(lengths, literals), Arrays.copyOf(binary, literals));
        if (data == buffer) {
            buffer = new byte[INITIAL_CAPACITY];
        }
        clear();
        sink.command(command);
    }

    @Override
    public void rawLine(byte[] line, int length) {
        sink.rawLine(new RawLine(Arrays.copyOf(line, length)));
    }

    @Override
    public void error(FrameError error) {
        clear();
        if (buffer.length > TRIM_BELOW) {
            buffer = new byte[INITIAL_CAPACITY];
        }
        sink.error(error);
    }

    private void clear() {
        size = 0;
        literals = 0;
        expectedEnd = 0;
    }

    private void append(byte[] bytes, int off, int len) {
        ensureCapacity(size + len);
        System.arraycopy(bytes, off, buffer, size, len);
        size += len;
    }

    /** Doubles up to the announced end of the current part, never past the command limit. */
    private void ensureCapacity(int needed) {
        if (needed <= buffer.length) {
            return;
        }
        long target = Math.max(needed, Math.min((long) buffer.length * 2, expectedEnd));
        target = Math.max(needed, Math.min(target, (long) maxSize + 2));
        buffer = Arrays.copyOf(buffer, (int) target);
    }
}
