package dev.spillway.transport.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.protocol.frame.ProtocolLimits;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufHolder;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCounted;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An EmbeddedChannel with the decoder, which remembers every buffer fed in, every message read
 * out and every buffer the channel allocated, so that a test can prove all of them were
 * released.
 */
final class Wire {

    final ImapCommandDecoder decoder;
    final EmbeddedChannel channel;
    private final TrackingAllocator allocator = new TrackingAllocator();
    private final List<ReferenceCounted> fed = new ArrayList<>();
    private final List<ReferenceCounted> read = new ArrayList<>();

    Wire(ProtocolLimits limits, DecoderMode mode, ChannelHandler... after) {
        decoder = new ImapCommandDecoder(limits, mode);
        channel = new EmbeddedChannel();
        channel.config().setAllocator(allocator);
        channel.pipeline().addLast(decoder);
        channel.pipeline().addLast(after);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Feeds bytes {@code from} to {@code to} of {@code input} in a fresh buffer. */
    Wire feed(byte[] input, int from, int to) {
        ByteBuf buf = Unpooled.directBuffer(Math.max(1, to - from)).writeBytes(input, from,
                to - from);
        fed.add(buf);
        channel.writeInbound(buf);
        return this;
    }

    Wire feed(String input) {
        byte[] b = bytes(input);
        return feed(b, 0, b.length);
    }

    /** Everything the decoder wrote to the client so far, as text. */
    String output() {
        StringBuilder out = new StringBuilder();
        for (Object msg; (msg = channel.readOutbound()) != null; ) {
            ByteBuf buf = (ByteBuf) msg;
            out.append(buf.toString(StandardCharsets.ISO_8859_1));
            buf.release();
        }
        return out.toString();
    }

    /** Messages handed to the next handler; holders are copied to text and released. */
    List<Object> inbound() {
        List<Object> messages = new ArrayList<>();
        for (Object msg; (msg = channel.readInbound()) != null; ) {
            if (msg instanceof ByteBufHolder holder) {
                read.add(holder);
                messages.add(msg.getClass().getSimpleName() + ":"
                        + holder.content().toString(StandardCharsets.ISO_8859_1));
                holder.release();
            } else {
                messages.add(msg);
            }
        }
        return messages;
    }

    /** Closes the channel and checks that every buffer fed and read was released. */
    void assertNoLeaks() {
        channel.finishAndReleaseAll();
        for (ReferenceCounted buf : fed) {
            assertThat(buf.refCnt()).as("fed buffer").isZero();
        }
        for (ReferenceCounted msg : read) {
            assertThat(msg.refCnt()).as("read message").isZero();
        }
        assertThat(allocator.unreleased()).as("buffers the channel allocated").isEmpty();
    }
}
