package dev.spillway.proxy;

import dev.spillway.config.BackendSecurity;
import dev.spillway.config.HostPort;
import dev.spillway.protocol.command.IdArguments;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.handler.codec.haproxy.HAProxyCommand;
import io.netty.handler.codec.haproxy.HAProxyMessage;
import io.netty.handler.codec.haproxy.HAProxyMessageEncoder;
import io.netty.handler.codec.haproxy.HAProxyProtocolVersion;
import io.netty.handler.codec.haproxy.HAProxyProxiedProtocol;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens backend connections and brings them to the point where relaying can start: TCP
 * connect, optional PROXY protocol v2 header, TLS or STARTTLS (RFC 9051 §6.2.1), greeting,
 * and the client's ID (RFC 2971) with the originating address if configured. Backends are
 * tried in {@link BackendPool} order; each failure marks that backend and moves to the next.
 *
 * <p>Metrics: connects and failures are counted for client sessions only, not for the
 * capability probes; bytes on the wire are counted for every backend connection, probes
 * included, from the first octet (PROXY header and TLS records too).
 */
final class BackendDialer {

    private static final Logger LOG = LoggerFactory.getLogger(BackendDialer.class);
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    /** Backpressure thresholds for every relayed connection, in octets. */
    static final WriteBufferWaterMark WATER_MARK =
            new WriteBufferWaterMark(32 * 1024, 128 * 1024);

    private final ProxyContext context;
    private final WireBytes wireBytes;

    BackendDialer(ProxyContext context) {
        this.context = context;
        this.wireBytes = WireBytes.backend(context.metrics());
    }

    /**
     * A ready backend connection for a client session, on the client's event loop.
     *
     * @param client the client's address, for PROXY protocol and {@code x-originating-ip}
     * @param local the proxy's address the client connected to, for PROXY protocol
     * @param lastId the client's last admitted ID, or null
     */
    Future<BackendLink> open(EventLoop loop, InetSocketAddress client, InetSocketAddress local,
            IdArguments lastId) {
        Promise<BackendLink> result = loop.newPromise();
        Iterator<HostPort> candidates = context.pool().candidates().iterator();
        tryNext(loop, candidates, client, local, result, null,
                (dialogue) -> sendId(dialogue, lastId, client));
        return result;
    }

    /** The backend's capabilities after TLS, from a connection that never logs in. */
    Future<Capabilities> probe(EventLoop loop) {
        Promise<Capabilities> result = loop.newPromise();
        Promise<BackendLink> link = loop.newPromise();
        Capabilities[] seen = {null};
        tryNext(loop, context.pool().candidates().iterator(), null, null, link, null,
                dialogue -> dialogue.send("P1", ascii("P1 CAPABILITY\r\n"), line -> {
                    if (line.word().equals("CAPABILITY")) {
                        seen[0] = Capabilities.parse(line.text().substring(13));
                    }
                }));
        link.addListener(f -> {
            if (!f.isSuccess()) {
                result.tryFailure(f.cause());
                return;
            }
            BackendLink ready = link.getNow();
            ready.channel().writeAndFlush(Unpooled.wrappedBuffer(ascii("P2 LOGOUT\r\n")));
            ready.channel().close();
            if (seen[0] == null) {
                result.tryFailure(new BackendFailure(BackendFailure.OTHER,
                        "backend sent no CAPABILITY"));
            } else {
                result.trySuccess(seen[0]);
            }
        });
        return result;
    }

    private void tryNext(EventLoop loop, Iterator<HostPort> candidates, InetSocketAddress client,
            InetSocketAddress local, Promise<BackendLink> result, Throwable lastFailure,
            Function<Dialogue, Future<ResponseLine>> finalStep) {
        if (!candidates.hasNext()) {
            result.tryFailure(lastFailure == null ? new IOException("no backend") : lastFailure);
            return;
        }
        HostPort backend = candidates.next();
        long started = System.nanoTime();
        attempt(loop, backend, client, local, finalStep).addListener(f -> {
            if (f.isSuccess()) {
                context.pool().succeeded(backend);
                if (client != null) {
                    long nanos = System.nanoTime() - started;
                    context.counters().backendConnected(nanos);
                    context.metrics().backendConnected(nanos);
                    context.adaptive().connected(nanos);
                }
                result.trySuccess((BackendLink) f.getNow());
                return;
            }
            context.pool().failed(backend);
            if (client != null) {
                context.counters().backendFailures.increment();
                context.metrics().backendConnectFailed(BackendFailure.reasonOf(f.cause()));
                context.adaptive().connectFailed();
            }
            LOG.warn("backend {} unavailable: {}", backend, f.cause().getMessage());
            tryNext(loop, candidates, client, local, result, f.cause(), finalStep);
        });
    }

    private Future<BackendLink> attempt(EventLoop loop, HostPort backend,
            InetSocketAddress client, InetSocketAddress local,
            Function<Dialogue, Future<ResponseLine>> finalStep) {
        Promise<BackendLink> result = loop.newPromise();
        BackendHandler handler = new BackendHandler();
        BackendSecurity security = context.settings().backendSecurity();
        Bootstrap bootstrap = new Bootstrap()
                .group(loop)
                .channel(context.loops().clientChannel())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(WireBytes.NAME, wireBytes);
                        if (context.settings().proxyProtocol()) {
                            ch.pipeline().addLast("haproxy-encoder",
                                    HAProxyMessageEncoder.INSTANCE);
                            ch.pipeline().addLast("haproxy-header", new ProxyHeader(client, local));
                        }
                        if (security == BackendSecurity.TLS) {
                            ch.pipeline().addLast("tls", sslHandler(ch, backend));
                        }
                        ch.pipeline().addLast("backend", handler);
                    }
                });
        ChannelFuture connect = bootstrap.connect(backend.host(), backend.port());
        Channel channel = connect.channel();
        Dialogue dialogue = new Dialogue(channel, loop);
        handler.events(dialogue);
        connect.addListener(f -> {
            if (!f.isSuccess()) {
                result.tryFailure(f.cause());
            }
        });
        channel.closeFuture().addListener(f -> result.tryFailure(closedDuringSetUp(connect)));
        dialogue.greeting().addListener(g -> {
            if (!g.isSuccess()) {
                result.tryFailure(g.cause());
                return;
            }
            ResponseLine greeting = (ResponseLine) g.getNow();
            if (!greeting.isOk()) {
                result.tryFailure(new BackendFailure(BackendFailure.GREETING,
                        "greeting: " + greeting.text()));
                return;
            }
            Future<Void> secured = security == BackendSecurity.STARTTLS
                    ? startTls(loop, channel, dialogue, backend) : loop.newSucceededFuture(null);
            secured.addListener(s -> {
                if (!s.isSuccess()) {
                    result.tryFailure(s.cause());
                    return;
                }
                Future<ResponseLine> last = finalStep.apply(dialogue);
                last.addListener(l -> {
                    if (l.isSuccess()) {
                        result.trySuccess(new BackendLink(channel, handler, backend));
                    } else {
                        result.tryFailure(l.cause());
                    }
                });
            });
        });
        result.addListener(f -> {
            if (!f.isSuccess()) {
                channel.close();
            }
        });
        return result;
    }

    /** STARTTLS then the TLS handshake; RFC 9051 §6.2.1. */
    private Future<Void> startTls(EventLoop loop, Channel channel, Dialogue dialogue,
            HostPort backend) {
        Promise<Void> done = loop.newPromise();
        dialogue.send("S1", ascii("S1 STARTTLS\r\n"), line -> { }).addListener(f -> {
            if (!f.isSuccess()) {
                done.tryFailure(f.cause());
                return;
            }
            ResponseLine answer = (ResponseLine) f.getNow();
            if (!answer.isOk()) {
                done.tryFailure(new BackendFailure(BackendFailure.STARTTLS,
                        "STARTTLS refused: " + answer.text()));
                return;
            }
            SslHandler tls = sslHandler(channel, backend);
            channel.pipeline().addBefore("backend", "tls", tls);
            tls.handshakeFuture().addListener(h -> {
                if (h.isSuccess()) {
                    done.trySuccess(null);
                } else {
                    done.tryFailure(h.cause());
                }
            });
        });
        return done;
    }

    /** The client's ID (and address) to the backend; its answer is swallowed whatever it is. */
    private Future<ResponseLine> sendId(Dialogue dialogue, IdArguments lastId,
            InetSocketAddress client) {
        InetSocketAddress origin = context.settings().originatingIp() ? client : null;
        if (lastId == null && origin == null) {
            return dialogue.greeting();
        }
        boolean literalPlus = context.capabilities().get().literalPlus();
        return dialogue.send("S2", IdWire.command("S2", lastId, origin, literalPlus), line -> { });
    }

    /**
     * Why the connection closed before it was ready. A failed connect or TLS handshake may
     * close the channel before its own failure is reported, so both are asked first.
     */
    private static Throwable closedDuringSetUp(ChannelFuture connect) {
        if (connect.cause() != null) {
            return connect.cause();
        }
        SslHandler tls = connect.channel().pipeline().get(SslHandler.class);
        if (tls != null && tls.handshakeFuture().cause() != null) {
            return tls.handshakeFuture().cause();
        }
        return new BackendFailure(BackendFailure.CLOSED, "connection closed during set-up");
    }

    /**
     * The name given to the engine is both the SNI name and the name the certificate must
     * carry. A backend on loopback holds a certificate for its public name, not for
     * 127.0.0.1, so {@code proxy.backend-tls-name} may stand in for the host dialled.
     */
    private SslHandler sslHandler(Channel channel, HostPort backend) {
        String name = context.settings().backendTlsName().orElse(backend.host());
        return context.backendTls().newHandler(channel.alloc(), name, backend.port());
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes the PROXY protocol v2 header before anything else, TLS included. */
    private static final class ProxyHeader extends ChannelInboundHandlerAdapter {

        private final InetSocketAddress client;
        private final InetSocketAddress local;

        ProxyHeader(InetSocketAddress client, InetSocketAddress local) {
            this.client = client;
            this.local = local;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            InetSocketAddress source = client;
            InetSocketAddress destination = local;
            if (source == null || destination == null) {
                // A probe of the proxy's own: the backend sees the proxy's address.
                source = (InetSocketAddress) ctx.channel().localAddress();
                destination = (InetSocketAddress) ctx.channel().remoteAddress();
            }
            boolean v6 = source.getAddress() instanceof Inet6Address;
            HAProxyMessage header = new HAProxyMessage(HAProxyProtocolVersion.V2,
                    HAProxyCommand.PROXY,
                    v6 ? HAProxyProxiedProtocol.TCP6 : HAProxyProxiedProtocol.TCP4,
                    source.getAddress().getHostAddress(),
                    sameFamily(destination, v6).getAddress().getHostAddress(),
                    source.getPort(), destination.getPort());
            ctx.writeAndFlush(header);
            ctx.pipeline().remove(this);
            ctx.pipeline().remove(HAProxyMessageEncoder.INSTANCE);
            ctx.fireChannelActive();
        }

        /** PROXY v2 carries one address family; fall back to the source's for the other side. */
        private InetSocketAddress sameFamily(InetSocketAddress address, boolean v6) {
            return (address.getAddress() instanceof Inet6Address) == v6 ? address : client;
        }
    }
}
