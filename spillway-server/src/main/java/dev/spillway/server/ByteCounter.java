package dev.spillway.server;

import dev.spillway.admin.metrics.SpillwayMetrics;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;

/**
 * Counts the bytes one IMAP connection reads and writes on the wire (TLS records included),
 * for the metrics and for the connection's closing log line. Touched only on its event loop.
 */
public final class ByteCounter extends ChannelDuplexHandler {
    private final SpillwayMetrics metrics;
    private long received;
    private long sent;

    ByteCounter(SpillwayMetrics metrics) {
        this.metrics = metrics;
    }

    /** Bytes read from the client so far. */
    public long received() {
        return received;
    }

    /** Bytes written to the client so far. */
    public long sent() {
        return sent;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof ByteBuf buf) {
            received += buf.readableBytes();
            metrics.clientBytesIn(buf.readableBytes());
        }
        super.channelRead(ctx, msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise)
            throws Exception {
        if (msg instanceof ByteBuf buf) {
            sent += buf.readableBytes();
            metrics.clientBytesOut(buf.readableBytes());
        }
        super.write(ctx, msg, promise);
    }
}
