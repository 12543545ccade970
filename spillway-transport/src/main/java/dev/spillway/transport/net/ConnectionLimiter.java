package dev.spillway.transport.net;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Enforces a cap on open connections in total and per client address, shared by every
 * listener of one protocol. A connection over a cap gets {@code rejection} (for IMAP an
 * untagged BYE, RFC 9051 §7.1.5) and is closed before any other handler sees it.
 */
@ChannelHandler.Sharable
public final class ConnectionLimiter extends ChannelInboundHandlerAdapter {
    private final int maxTotal;
    private final int maxPerAddress;
    private final byte[] rejection;
    private final AtomicInteger total = new AtomicInteger();
    private final ConcurrentHashMap<InetAddress, Integer> perAddress =
            new ConcurrentHashMap<>();

    /**
     * @param maxTotal connections allowed at once; 0 or less means no cap
     * @param maxPerAddress connections allowed at once from one IP address; 0 means no cap
     * @param rejection the line sent before closing a refused connection, CRLF included
     */
    public ConnectionLimiter(int maxTotal, int maxPerAddress, String rejection) {
        this.maxTotal = maxTotal;
        this.maxPerAddress = maxPerAddress;
        this.rejection = rejection.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        InetAddress address = addressOf(ctx.channel().remoteAddress());
        boolean totalOk = acquireTotal();
        boolean addressOk = totalOk && acquireAddress(address);
        if (!addressOk) {
            if (totalOk) {
                total.decrementAndGet();
            }
            ctx.channel().attr(Limits.REFUSED).set(Boolean.TRUE);
            ctx.writeAndFlush(Unpooled.wrappedBuffer(rejection))
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ctx.channel().closeFuture().addListener(f -> release(address));
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (Boolean.TRUE.equals(ctx.channel().attr(Limits.REFUSED).get())) {
            io.netty.util.ReferenceCountUtil.release(msg);
            return;
        }
        super.channelRead(ctx, msg);
    }

    /** Connections currently counted. */
    public int open() {
        return total.get();
    }

    private boolean acquireTotal() {
        if (maxTotal <= 0) {
            total.incrementAndGet();
            return true;
        }
        while (true) {
            int now = total.get();
            if (now >= maxTotal) {
                return false;
            }
            if (total.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    private boolean acquireAddress(InetAddress address) {
        boolean[] admitted = {false};
        perAddress.compute(address, (a, count) -> {
            int now = count == null ? 0 : count;
            if (maxPerAddress > 0 && now >= maxPerAddress) {
                return count;
            }
            admitted[0] = true;
            return now + 1;
        });
        return admitted[0];
    }

    private void release(InetAddress address) {
        total.decrementAndGet();
        perAddress.computeIfPresent(address, (a, count) -> count <= 1 ? null : count - 1);
    }

    private static InetAddress addressOf(SocketAddress remote) {
        if (remote instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress();
        }
        return InetAddress.getLoopbackAddress();
    }
}
