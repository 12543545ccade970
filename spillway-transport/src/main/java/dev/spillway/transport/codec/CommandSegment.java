package dev.spillway.transport.codec;

import dev.spillway.protocol.frame.LiteralAnnouncement;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;

/**
 * One line segment of a command in {@link DecoderMode#STREAMING}: the bytes exactly as they
 * should be forwarded, including the literal announcement and the CRLF (a bare LF is sent on as
 * CRLF). The receiver must release it.
 */
public final class CommandSegment extends DefaultByteBufHolder {

    private final String tag;
    private final boolean first;
    private final LiteralAnnouncement literal;

    /**
     * Creates a segment.
     *
     * @param content the bytes including CRLF; ownership passes to this object
     * @param tag the command's tag, or null
     * @param first whether this is the command's first segment
     * @param literal the literal that follows, or null if this segment ends the command
     */
    public CommandSegment(ByteBuf content, String tag, boolean first,
            LiteralAnnouncement literal) {
        super(content);
        this.tag = tag;
        this.first = first;
        this.literal = literal;
    }

    /** The command's tag, or null if it has none that is valid. */
    public String tag() {
        return tag;
    }

    /** Whether this is the command's first segment. */
    public boolean first() {
        return first;
    }

    /** Whether this segment ends the command. */
    public boolean last() {
        return literal == null;
    }

    /** The literal announced at the end of this segment, or null. */
    public LiteralAnnouncement literal() {
        return literal;
    }

    @Override
    public String toString() {
        return "CommandSegment[tag=" + tag + ", " + content().readableBytes() + " octets"
                + (literal == null ? ", last" : ", literal " + literal.size()) + "]";
    }
}
