package dev.spillway.proxy;

import dev.spillway.protocol.frame.ProtocolLimits;
import dev.spillway.transport.codec.DecoderMode;
import dev.spillway.transport.codec.ImapCommandDecoder;
import dev.spillway.transport.codec.ImapResponseEncoder;
import dev.spillway.transport.net.ConnectionLimiter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/**
 * Builds a client connection's pipeline, inbound order: {@code wire-bytes -> limiter -> [tls]
 * -> idle -> [inflate] -> decoder -> encoder -> session}. TLS is added
 * at once on the implicit TLS listener, after STARTTLS on the other; inflate and deflate are
 * added after COMPRESS, right before the decoder (RFC 4978 §4: compression sits inside TLS).
 */
final class ClientInitializer extends ChannelInitializer<SocketChannel> {

    static final String LIMITER = "limiter";
    static final String TLS = "tls";
    static final String IDLE = "idle";
    static final String DECODER = "decoder";

    private final ProxyContext context;
    private final ConnectionLimiter limiter;
    private final ChannelGroup sessions;
    private final boolean implicitTls;
    private final WireBytes wireBytes;

    ClientInitializer(ProxyContext context, ConnectionLimiter limiter, ChannelGroup sessions,
            boolean implicitTls) {
        this.context = context;
        this.limiter = limiter;
        this.sessions = sessions;
        this.implicitTls = implicitTls;
        this.wireBytes = WireBytes.client(context.metrics());
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        sessions.add(ch);
        ChannelPipeline pipeline = ch.pipeline();
        pipeline.addLast(WireBytes.NAME, wireBytes);
        pipeline.addLast(LIMITER, limiter);
        if (implicitTls) {
            pipeline.addLast(TLS, context.serverTls().newHandler(ch.alloc()));
        }
        long idle = context.settings().idleTimeout().toMillis();
        pipeline.addLast(IDLE, new IdleStateHandler(0, 0, idle, TimeUnit.MILLISECONDS));
        ProtocolLimits limits = context.settings().limits()
                .withLiteralPlus(context.capabilities().get().literalPlus());
        ImapCommandDecoder decoder = new ImapCommandDecoder(limits, DecoderMode.STREAMING);
        // The backend's continuation requests are relayed; the proxy writes its own only for
        // the commands it answers itself.
        decoder.setWriteContinuations(false);
        pipeline.addLast(DECODER, decoder);
        pipeline.addLast("encoder", new ImapResponseEncoder());
        pipeline.addLast("session", new ClientSession(context, decoder, implicitTls));
    }
}
