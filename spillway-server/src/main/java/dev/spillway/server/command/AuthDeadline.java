package dev.spillway.server.command;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A fixed time from accept to authenticate in, after which {@link #EXPIRED} is fired down the
 * pipeline. Unlike an inactivity timer, commands do not push it back: a client that sends a
 * NOOP every second must still log in in time, or it could hold a connection slot forever
 * without an account. Removing the handler, as {@link Timeouts} does at login, cancels it.
 */
public final class AuthDeadline extends ChannelInboundHandlerAdapter {
    /** The user event fired when the deadline passes. */
    public static final Object EXPIRED = new Object() {
        @Override
        public String toString() {
            return "AuthDeadline.EXPIRED";
        }
    };

    private final long millis;
    private ScheduledFuture<?> timer;

    /**
     * A deadline {@code limit} after the channel becomes active; zero or less means none. A
     * connection the limiter refuses never becomes active here, so it starts no timer.
     */
    public AuthDeadline(Duration limit) {
        this.millis = limit.toMillis();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        start(ctx);
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        cancel();
        super.channelInactive(ctx);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        cancel();
    }

    private void start(ChannelHandlerContext ctx) {
        if (timer == null && millis > 0) {
            timer = ctx.executor().schedule(() -> ctx.fireUserEventTriggered(EXPIRED), millis,
                    TimeUnit.MILLISECONDS);
        }
    }

    private void cancel() {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
