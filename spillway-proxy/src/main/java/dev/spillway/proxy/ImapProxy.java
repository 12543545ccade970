package dev.spillway.proxy;

import dev.spillway.config.BackendSecurity;
import dev.spillway.config.Config;
import dev.spillway.policy.shed.ShedPolicy;
import dev.spillway.transport.net.ConnectionLimiter;
import dev.spillway.transport.net.EventLoops;
import dev.spillway.transport.tls.SelfSignedCertificate;
import dev.spillway.transport.tls.TlsContexts;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.handler.ssl.SslContext;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.netty.util.concurrent.Promise;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The IMAP proxy: TN3189 shedding in front of any IMAP server.
 *
 * <pre>{@code
 * try (EventLoops loops = new EventLoops(2);
 *      ImapProxy proxy = new ImapProxy(ProxySettings.from(config), policy, loops)) {
 *     BoundPorts ports = proxy.start();
 *     ...
 * }
 * }</pre>
 *
 * <p>{@link #start()} loads TLS material, probes the first reachable backend for its
 * capabilities (a failed probe is logged, not fatal: sessions then see a minimal list until a
 * later probe succeeds), binds the listeners and schedules a capability refresh every
 * {@link #CAPABILITY_REFRESH}. {@link #close()} closes the listeners and every open session;
 * the event loops belong to the caller.
 */
public final class ImapProxy implements AutoCloseable {

    /** How often the backend's capabilities are probed again. */
    public static final Duration CAPABILITY_REFRESH = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(ImapProxy.class);
    private static final Duration PROBE_WAIT = Duration.ofSeconds(10);

    private final ProxySettings settings;
    private final ShedPolicy policy;
    private final EventLoops loops;
    private final ProxyCounters counters = new ProxyCounters();
    private final CapabilityCache capabilities = new CapabilityCache();
    private final List<Channel> listeners = new ArrayList<>();
    private final ChannelGroup sessions = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private ProxyContext context;
    private ScheduledFuture<?> refresh;

    /** A proxy with the given settings; nothing happens until {@link #start()}. */
    public ImapProxy(ProxySettings settings, ShedPolicy policy, EventLoops loops) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.loops = Objects.requireNonNull(loops, "loops");
    }

    /** {@link ProxySettings#from(Config)}, for the command line. */
    public ImapProxy(Config config, ShedPolicy policy, EventLoops loops) {
        this(ProxySettings.from(config), policy, loops);
    }

    /**
     * Probes the backend and binds the listeners.
     *
     * @return the bound ports (0 for a listener that is off)
     * @throws IOException if TLS material cannot be loaded or a port cannot be bound
     */
    public synchronized BoundPorts start() throws IOException {
        if (context != null) {
            throw new IllegalStateException("already started");
        }
        SslContext backendTls = settings.backendSecurity() == BackendSecurity.NONE ? null
                : TlsContexts.client(settings.backendCa().orElse(null), settings.backendInsecure());
        context = new ProxyContext(settings, policy, loops,
                new BackendPool(settings.backends(), System::nanoTime), counters, serverTls(),
                backendTls, capabilities);
        refreshCapabilities().awaitUninterruptibly(PROBE_WAIT.toMillis());
        if (!capabilities.probed()) {
            LOG.warn("no backend answered the capability probe; clients see a minimal list"
                    + " until one does");
        }
        ConnectionLimiter limiter = new ConnectionLimiter(settings.maxConnections(),
                settings.maxConnectionsPerIp(), "* BYE Too many connections\r\n");
        int imap = bind(settings.imapPort(), limiter, false);
        int imaps = bind(settings.imapsPort(), limiter, true);
        long every = CAPABILITY_REFRESH.toMillis();
        refresh = loops.workers().next().scheduleAtFixedRate(this::refreshCapabilities, every,
                every, TimeUnit.MILLISECONDS);
        LOG.info("IMAP proxy listening on {} (imap {}, imaps {}) for backends {}",
                settings.bind(), imap, imaps, settings.backends());
        return new BoundPorts(imap, imaps);
    }

    /** Probes the backend's capabilities now; completes when the probe ends either way. */
    public Future<Void> refreshCapabilities() {
        EventLoop loop = loops.workers().next();
        Promise<Void> done = loop.newPromise();
        BackendDialer dialer = new BackendDialer(context);
        loop.execute(() -> dialer.probe(loop).addListener(f -> {
            if (f.isSuccess()) {
                capabilities.set((Capabilities) f.getNow());
                LOG.debug("backend capabilities: {}", capabilities.get().names());
            } else {
                LOG.warn("capability probe failed: {}", f.cause().getMessage());
            }
            done.setSuccess(null);
        }));
        return done;
    }

    /** The counters now. */
    public ProxyStats stats() {
        return counters.snapshot(policy);
    }

    /** Stops listening and closes every session. */
    @Override
    public synchronized void close() {
        if (refresh != null) {
            refresh.cancel(false);
        }
        for (Channel listener : listeners) {
            listener.close().awaitUninterruptibly();
        }
        listeners.clear();
        sessions.close().awaitUninterruptibly();
    }

    private int bind(int port, ConnectionLimiter limiter, boolean implicitTls)
            throws IOException {
        if (port == ProxySettings.OFF) {
            return 0;
        }
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(loops.acceptors(), loops.workers())
                .channel(loops.serverChannel())
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, BackendDialer.WATER_MARK)
                .childHandler(new ClientInitializer(context, limiter, sessions, implicitTls));
        var future = bootstrap.bind(settings.bind(), port).awaitUninterruptibly();
        if (!future.isSuccess()) {
            throw new IOException("cannot listen on " + settings.bind() + ":" + port + ": "
                    + future.cause().getMessage(), future.cause());
        }
        listeners.add(future.channel());
        return ((InetSocketAddress) future.channel().localAddress()).getPort();
    }

    private SslContext serverTls() throws IOException {
        Path cert;
        Path key;
        if (settings.tlsCert().isPresent() && settings.tlsKey().isPresent()) {
            cert = settings.tlsCert().get();
            key = settings.tlsKey().get();
        } else {
            Path dir = settings.dataDir().resolve("tls");
            SelfSignedCertificate.ensure(dir, "localhost");
            cert = dir.resolve("cert.pem");
            key = dir.resolve("key.pem");
        }
        return TlsContexts.server(cert, key);
    }
}
