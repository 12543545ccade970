package dev.spillway.proxy;

import dev.spillway.admin.Observability;
import dev.spillway.admin.metrics.Role;
import dev.spillway.config.BackendSecurity;
import dev.spillway.config.Config;
import dev.spillway.policy.adaptive.AdaptiveShedding;
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
 * Observability observability = new Observability(policy, Role.PROXY);
 * observability.start();
 * try (EventLoops loops = new EventLoops(2);
 *      ImapProxy proxy = new ImapProxy(ProxySettings.from(config), observability, loops)) {
 *     BoundPorts ports = proxy.start();
 *     // serve observability on the admin endpoint
 * }
 * observability.close();
 * }</pre>
 *
 * <p>Every connection feeds the {@link Observability}: connections by class, ID decisions,
 * command latency from the client's command to the backend's tagged response, login outcomes,
 * bytes on both sides and backend connects. Given one, the caller starts and closes it; the
 * constructors that take only a {@link ShedPolicy} make a private one, which {@link #start()}
 * starts and {@link #close()} closes.
 *
 * <p>{@link #start()} loads TLS material, probes the first reachable backend for its
 * capabilities (a failed probe is logged, not fatal: sessions then see a minimal list until a
 * later probe succeeds), binds the listeners and schedules a capability refresh every
 * {@link ProxySettings#capabilityRefresh()} ({@code proxy.capability-refresh}) unless that is
 * zero. {@link #close()} closes the listeners and every open session; the event loops belong
 * to the caller.
 */
public final class ImapProxy implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImapProxy.class);
    private static final Duration PROBE_WAIT = Duration.ofSeconds(10);

    private final ProxySettings settings;
    private final Observability observability;
    private final boolean ownsObservability;
    private final EventLoops loops;
    private final ProxyCounters counters = new ProxyCounters();
    private final CapabilityCache capabilities = new CapabilityCache();
    private final List<Channel> listeners = new ArrayList<>();
    private final ChannelGroup sessions = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private ProxyContext context;
    private AdaptiveFeed adaptive = AdaptiveFeed.NONE;
    private ScheduledFuture<?> refresh;

    /**
     * A proxy with the given settings, feeding {@code observability}; nothing happens until
     * {@link #start()}.
     *
     * @param observability made with {@link Role#PROXY}; its policy is the one the proxy applies
     * @throws IllegalArgumentException if {@code observability} is not the proxy's
     */
    public ImapProxy(ProxySettings settings, Observability observability, EventLoops loops) {
        this(settings, observability, loops, false);
    }

    /** {@link ProxySettings#from(Config)}, for the command line. */
    public ImapProxy(Config config, Observability observability, EventLoops loops) {
        this(ProxySettings.from(config), observability, loops, false);
    }

    /** A proxy with metrics of its own, readable through {@link #observability()}. */
    public ImapProxy(ProxySettings settings, ShedPolicy policy, EventLoops loops) {
        this(settings, new Observability(Objects.requireNonNull(policy, "policy"), Role.PROXY),
                loops, true);
    }

    /** {@link ProxySettings#from(Config)} with metrics of its own. */
    public ImapProxy(Config config, ShedPolicy policy, EventLoops loops) {
        this(ProxySettings.from(config), policy, loops);
    }

    private ImapProxy(ProxySettings settings, Observability observability, EventLoops loops,
            boolean ownsObservability) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.observability = Objects.requireNonNull(observability, "observability");
        this.loops = Objects.requireNonNull(loops, "loops");
        this.ownsObservability = ownsObservability;
        if (observability.metrics().role() != Role.PROXY) {
            // The server's metrics have no backend series: feeding them would fail later.
            throw new IllegalArgumentException("observability is for role "
                    + observability.metrics().role().label() + ", not proxy");
        }
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
        if (ownsObservability) {
            observability.start();
        }
        context = new ProxyContext(settings, observability, loops,
                new BackendPool(settings.backends(), System::nanoTime), counters, serverTls(),
                backendTls, capabilities, adaptive);
        refreshCapabilities().awaitUninterruptibly(PROBE_WAIT.toMillis());
        if (!capabilities.probed()) {
            LOG.warn("no backend answered the capability probe; clients see a minimal list"
                    + " until one does");
        }
        ConnectionLimiter limiter = new ConnectionLimiter(settings.maxConnections(),
                settings.maxConnectionsPerIp(), "* BYE Too many connections\r\n");
        int imap = bind(settings.imapPort(), limiter, false);
        int imaps = bind(settings.imapsPort(), limiter, true);
        long every = settings.capabilityRefresh().toMillis();
        if (every > 0) {
            // A backend upgraded or reconfigured in place changes its list without a restart
            // of the proxy; new sessions see the new list after the next probe.
            refresh = loops.workers().next().scheduleAtFixedRate(this::refreshCapabilities,
                    every, every, TimeUnit.MILLISECONDS);
        }
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

    /**
     * Lets backend results and relayed command latencies drive {@code adaptive}'s overload
     * signals; call before {@link #start()}.
     */
    public synchronized void feed(AdaptiveShedding adaptiveShedding) {
        this.adaptive = new AdaptiveFeed(adaptiveShedding);
    }

    /** The counters now. */
    public ProxyStats stats() {
        return counters.snapshot(observability.policy());
    }

    /** What the proxy feeds: metrics, recent shed decisions, shed log summaries. */
    public Observability observability() {
        return observability;
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
        if (ownsObservability) {
            observability.close();
        }
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
