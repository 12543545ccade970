package dev.spillway.protocol.frame;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One complete command as it came over the wire, without the final CRLF: line segments, each
 * literal announcement followed by CRLF and the literal's octets, exactly as sent (a bare LF
 * line ending is stored as CRLF). The positions of literals are recorded so the parser never has
 * to re-scan literal data.
 *
 * <p>Immutable once built; the byte array is owned by this object and never handed out.
 */
public final class RawCommand {

    private static final byte[] CRLF = {'\r', '\n'};

    private final String tag;
    private final byte[] data;
    private final int length;
    private final int[] announcements;
    private final int[] literalOffsets;
    private final int[] literalLengths;
    private final boolean[] binary;

    RawCommand(String tag, byte[] data, int length, int[] announcements, int[] literalOffsets,
            int[] literalLengths, boolean[] binary) {
        this.tag = tag;
        this.data = data;
        this.length = length;
        this.announcements = announcements;
        this.literalOffsets = literalOffsets;
        this.literalLengths = literalLengths;
        this.binary = binary;
    }

    /**
     * Frames {@code wire}, which must hold exactly one command (the final CRLF may be left
     * out), with {@link ProtocolLimits#DEFAULTS} but a literal limit of
     * {@link ProtocolLimits#AUTHENTICATED_LITERAL_SIZE}. Meant for tests and tools such as the
     * command-line ID checker, not for network input.
     *
     * @throws IllegalArgumentException if the bytes are not exactly one acceptable command
     */
    public static RawCommand fromWire(byte[] wire) {
        List<RawCommand> commands = new ArrayList<>();
        List<FrameError> errors = new ArrayList<>();
        CommandSink sink = new CommandSink() {
            @Override
            public void command(RawCommand command) {
                commands.add(command);
            }

            @Override
            public void rawLine(RawLine line) {
                throw new IllegalStateException("raw line mode is never requested here");
            }

            @Override
            public void continuationRequired(String tag, LiteralAnnouncement literal) {
                // Nothing to answer: the whole input is already here.
            }

            @Override
            public void error(FrameError error) {
                errors.add(error);
            }
        };
        ProtocolLimits limits = ProtocolLimits.DEFAULTS
                .withMaxLiteralSize(ProtocolLimits.AUTHENTICATED_LITERAL_SIZE);
        CommandFramer framer = new CommandFramer(limits, new CommandAssembler(limits, sink));
        framer.feed(ByteBuffer.wrap(wire));
        if (!framer.isAtCommandBoundary() && errors.isEmpty()) {
            framer.feed(ByteBuffer.wrap(CRLF));
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(errors.get(0).text());
        }
        if (commands.size() != 1 || !framer.isAtCommandBoundary()) {
            throw new IllegalArgumentException("expected exactly one complete command, got "
                    + commands.size());
        }
        return commands.get(0);
    }

    /** {@link #fromWire(byte[])} for text, encoded as UTF-8. */
    public static RawCommand fromWire(String wire) {
        return fromWire(wire.getBytes(StandardCharsets.UTF_8));
    }

    /** The tag, or null if the command does not start with a valid tag. */
    public String tag() {
        return tag;
    }

    /** Octets in the command, excluding the final CRLF. */
    public int length() {
        return length;
    }

    /** The octet at {@code index}. */
    public byte byteAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return data[index];
    }

    /** Number of literals. */
    public int literalCount() {
        return literalOffsets.length;
    }

    /** Where literal {@code i}'s announcement ({@code {} or {@code ~}) starts. */
    public int announcementOffset(int i) {
        return announcements[i];
    }

    /** Where literal {@code i}'s data starts. */
    public int literalOffset(int i) {
        return literalOffsets[i];
    }

    /** Literal {@code i}'s length in octets. */
    public int literalLength(int i) {
        return literalLengths[i];
    }

    /** Whether literal {@code i} is a literal8 ({@code ~{n}}, RFC 3516). */
    public boolean isBinaryLiteral(int i) {
        return binary[i];
    }

    /** A copy of octets {@code from} (inclusive) to {@code to} (exclusive). */
    public byte[] copy(int from, int to) {
        if (from < 0 || to > length || from > to) {
            throw new IndexOutOfBoundsException(from + ".." + to);
        }
        return Arrays.copyOfRange(data, from, to);
    }

    /** Octets {@code from} to {@code to} as text; US-ASCII for tokens, UTF-8 for strings. */
    public String text(int from, int to, boolean utf8) {
        if (from < 0 || to > length || from > to) {
            throw new IndexOutOfBoundsException(from + ".." + to);
        }
        return new String(data, from, to - from,
                utf8 ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII);
    }

    /** A read-only view of the whole command, for forwarding or logging. */
    public ByteBuffer asByteBuffer() {
        return ByteBuffer.wrap(data, 0, length).asReadOnlyBuffer();
    }

    /** The command with its final CRLF, as it would be sent on. */
    public byte[] toWireBytes() {
        byte[] wire = Arrays.copyOf(data, length + 2);
        wire[length] = '\r';
        wire[length + 1] = '\n';
        return wire;
    }

    /** Tag and sizes only: commands carry passwords and messages. */
    @Override
    public String toString() {
        return "RawCommand[tag=" + tag + ", " + length + " octets, " + literalCount()
                + " literals]";
    }
}
