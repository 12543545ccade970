package dev.spillway.proxy;

import dev.spillway.admin.metrics.SpillwayMetrics;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;

/**
 * Counts the octets a connection reads and writes on the wire, TLS records and the PROXY
 * protocol header included, so it sits first in the pipeline. One instance serves every
 * connection of its side.
 */
@ChannelHandler.Sharable
final class WireBytes extends ChannelDuplexHandler {

    static final String NAME = "wire-bytes";

    private final SpillwayMetrics metrics;
    private final boolean backend;

    private WireBytes(SpillwayMetrics metrics, boolean backend) {
        this.metrics = metrics;
        this.backend = backend;
    }

    /** Counts towards {@code spillway_network_*_bytes_total{peer="client"}}. */
    static WireBytes client(SpillwayMetrics metrics) {
        return new WireBytes(metrics, false);
    }

    /** Counts towards {@code spillway_network_*_bytes_total{peer="backend"}}. */
    static WireBytes backend(SpillwayMetrics metrics) {
        return new WireBytes(metrics, true);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ByteBuf buf) {
            int n = buf.readableBytes();
            if (backend) {
                metrics.backendBytesIn(n);
            } else {
                metrics.clientBytesIn(n);
            }
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof ByteBuf buf) {
            int n = buf.readableBytes();
            if (backend) {
                metrics.backendBytesOut(n);
            } else {
                metrics.clientBytesOut(n);
            }
        }
        ctx.write(msg, promise);
    }
}
