package dev.spillway.transport.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;

/**
 * Part of a literal's data in {@link DecoderMode#STREAMING}. A literal of n octets arrives as
 * one or more chunks totalling n; a zero-length literal has no chunk. The receiver must release
 * it.
 */
public final class LiteralChunk extends DefaultByteBufHolder {

    private final boolean last;

    /** Creates a chunk; ownership of {@code content} passes to this object. */
    public LiteralChunk(ByteBuf content, boolean last) {
        super(content);
        this.last = last;
    }

    /** Whether this chunk completes the literal. */
    public boolean last() {
        return last;
    }

    @Override
    public String toString() {
        return "LiteralChunk[" + content().readableBytes() + " octets" + (last ? ", last" : "")
                + "]";
    }
}
