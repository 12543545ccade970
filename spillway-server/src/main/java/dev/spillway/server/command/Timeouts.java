package dev.spillway.server.command;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The connection's timer: before login a fixed deadline to authenticate ({@link AuthDeadline}),
 * after login an inactivity timer of at least 30 minutes by default (RFC 3501 §5.4).
 */
public final class Timeouts {
    /** Name of the timer handler in every IMAP pipeline. */
    public static final String HANDLER = "timeout";

    private Timeouts() {
    }

    /** The deadline for a new connection to authenticate, {@code limit} from accept. */
    public static AuthDeadline preAuth(Duration limit) {
        return new AuthDeadline(limit);
    }

    /** A timer that fires when nothing was read for {@code limit}. */
    private static IdleStateHandler readerIdle(Duration limit) {
        return new IdleStateHandler(limit.toMillis(), 0, 0, TimeUnit.MILLISECONDS);
    }

    /** Replaces the deadline to authenticate with the inactivity timer of logged-in sessions. */
    static void authenticated(ChannelHandlerContext ctx, Duration idle) {
        if (ctx.pipeline().get(HANDLER) != null) {
            ctx.pipeline().replace(HANDLER, HANDLER, readerIdle(idle));
        }
    }
}
