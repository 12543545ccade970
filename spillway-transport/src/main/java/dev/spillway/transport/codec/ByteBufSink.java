package dev.spillway.transport.codec;

import dev.spillway.protocol.response.ByteSink;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

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

    @Override
    public void writeAscii(String s) {
        buffer.writeCharSequence(s, StandardCharsets.US_ASCII);
    }
}
