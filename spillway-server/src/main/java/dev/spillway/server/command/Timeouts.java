package dev.spillway.server.command;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Swaps the connection's inactivity timer when the session logs in. */
public final class Timeouts {
    /** Name of the timer handler in every IMAP pipeline. */
    public static final String HANDLER = "timeout";

    private Timeouts() {
    }

    /** A timer that fires when nothing was read for {@code limit}. */
    public static IdleStateHandler readerIdle(Duration limit) {
        return new IdleStateHandler(limit.toMillis(), 0, 0, TimeUnit.MILLISECONDS);
    }

    /** Replaces the pre-authentication timer with the longer one for logged-in sessions. */
    static void authenticated(ChannelHandlerContext ctx, Duration idle) {
        if (ctx.pipeline().get(HANDLER) != null) {
            ctx.pipeline().replace(HANDLER, HANDLER, readerIdle(idle));
        }
    }
}
