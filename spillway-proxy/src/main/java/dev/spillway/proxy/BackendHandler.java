package dev.spillway.proxy;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of a backend connection: scans the response stream and passes events to the
 * current {@link BackendEvents}, first the set-up {@link Dialogue}, then the client's session.
 */
final class BackendHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(BackendHandler.class);

    private ResponseScanner scanner;
    private BackendEvents events;
    private Throwable failure;
    private boolean closed;

    /** Routes further events to {@code next}. */
    void events(BackendEvents next) {
        this.events = next;
        if (scanner != null) {
            scanner.listener(next);
        }
    }

    ResponseScanner scanner() {
        return scanner;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        scanner = new ResponseScanner(ctx.alloc(), events);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf in)) {
            ReferenceCountUtil.release(msg);
            return;
        }
        try {
            scanner.feed(in);
        } finally {
            in.release();
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        events.writabilityChanged(ctx.channel().isWritable());
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        scanner.release();
        if (!closed) {
            closed = true;
            events.closed(failure);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // A backend failure is not a client mistake, but it is an expected operational event:
        // one line, no stack trace unless debugging.
        LOG.debug("backend connection {} failed", ctx.channel().remoteAddress(), cause);
        if (failure == null) {
            failure = cause;
        }
        ctx.close();
    }
}
