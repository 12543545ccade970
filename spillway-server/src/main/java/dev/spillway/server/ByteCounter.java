package dev.spillway.server;

import dev.spillway.admin.metrics.SpillwayMetrics;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;

/** Counts the bytes each IMAP connection reads and writes on the wire (after TLS). */
@ChannelHandler.Sharable
final class ByteCounter extends ChannelDuplexHandler {
    private final SpillwayMetrics metrics;

    ByteCounter(SpillwayMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof ByteBuf buf) {
            metrics.clientBytesIn(buf.readableBytes());
        }
        super.channelRead(ctx, msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise)
            throws Exception {
        if (msg instanceof ByteBuf buf) {
            metrics.clientBytesOut(buf.readableBytes());
        }
        super.write(ctx, msg, promise);
    }
}
