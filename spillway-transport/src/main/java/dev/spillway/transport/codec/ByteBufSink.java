package dev.spillway.transport.codec;

import dev.spillway.protocol.response.ByteSink;
import io.netty.buffer.ByteBuf;

/** Adapts a ByteBuf to the protocol module's {@link ByteSink}. */
public final class ByteBufSink implements ByteSink {

    private final ByteBuf buffer;

    /** Writes into {@code buffer}, which stays owned by the caller. */
    public ByteBufSink(ByteBuf buffer) {
        this.buffer = buffer;
    }

    @Override
    public void writeByte(int b) {
        buffer.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] bytes, int off, int len) {
        buffer.writeBytes(bytes, off, len);
    }
}
