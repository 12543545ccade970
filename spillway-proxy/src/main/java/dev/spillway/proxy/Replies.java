package dev.spillway.proxy;

import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.protocol.response.Status;
import dev.spillway.transport.codec.ByteBufSink;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.charset.StandardCharsets;

/** The responses the proxy writes itself, encoded with {@link ImapWriter}. */
final class Replies {

    /** What the proxy says about itself in {@code * ID} (RFC 2971 §3.2). */
    static final String ID_NAME = "Spillway";

    private Replies() {
    }

    /** {@code tag STATUS [code] text}, or untagged when {@code tag} is null. */
    static ByteBuf status(ByteBufAllocator alloc, String tag, Status status, ResponseCode code,
            String text) {
        ByteBuf out = alloc.buffer(64);
        new ImapWriter(new ByteBufSink(out)).status(tag, status, code, text);
        return out;
    }

    /** {@code * ID ("name" "Spillway")}. */
    static ByteBuf id(ByteBufAllocator alloc) {
        ByteBuf out = alloc.buffer(32);
        new ImapWriter(new ByteBufSink(out)).untagged().atom("ID").openList().quoted("name")
                .quoted(ID_NAME).closeList().crlf();
        return out;
    }

    /** {@code * CAPABILITY ...}. */
    static ByteBuf capability(ByteBufAllocator alloc, String capabilities) {
        ByteBuf out = alloc.buffer(capabilities.length() + 16);
        out.writeCharSequence("* CAPABILITY " + capabilities + "\r\n",
                StandardCharsets.US_ASCII);
        return out;
    }

    /** A line of text the proxy rewrote, CRLF added. */
    static ByteBuf line(ByteBufAllocator alloc, String text) {
        ByteBuf out = alloc.buffer(text.length() + 2);
        out.writeCharSequence(text + "\r\n", StandardCharsets.US_ASCII);
        return out;
    }
}
