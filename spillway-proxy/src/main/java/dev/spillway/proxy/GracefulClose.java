package dev.spillway.proxy;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Ends a client connection without losing its last lines. Closing a socket whose peer is
 * still sending makes the kernel answer with a reset, and a reset makes the client drop what
 * it had not read yet: typically the {@code * BYE} that explains the close. So the proxy
 * flushes, ends TLS with close_notify, half-closes, keeps reading (and discarding) what the
 * client still sends, and closes for good once the client has closed or after
 * {@link #LINGER_MILLIS}.
 *
 * <p>The caller must stop acting on input from then on.
 */
final class GracefulClose {
    /** Longest time a half-closed client connection is kept open. */
    static final long LINGER_MILLIS = 2_000;

    private GracefulClose() {
    }

    static void close(Channel channel) {
        channel.config().setAutoRead(true);
        channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(written -> {
            if (!(channel instanceof DuplexChannel duplex) || !channel.isActive()) {
                channel.close();
                return;
            }
            SslHandler tls = channel.pipeline().get(SslHandler.class);
            Future<?> ended = tls == null ? channel.newSucceededFuture() : tls.closeOutbound();
            ended.addListener(done -> duplex.shutdownOutput().addListener(shut ->
                    channel.eventLoop().schedule(() -> channel.close(), LINGER_MILLIS,
                            TimeUnit.MILLISECONDS)));
        });
    }
}
