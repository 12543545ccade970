package dev.spillway.server;

import dev.spillway.admin.Observability;
import dev.spillway.admin.metrics.Role;
import dev.spillway.config.Config;
import dev.spillway.config.Settings;
import dev.spillway.policy.adaptive.AdaptiveSettings;
import dev.spillway.policy.adaptive.AdaptiveShedding;
import dev.spillway.policy.config.PolicySettingsMapper;
import dev.spillway.policy.shed.ShedPolicy;
import dev.spillway.protocol.frame.ProtocolLimits;
import dev.spillway.server.auth.Authenticator;
import dev.spillway.server.command.Timeouts;
import dev.spillway.server.lmtp.LmtpHandler;
import dev.spillway.server.lmtp.LmtpSettings;
import dev.spillway.server.lmtp.StoreDelivery;
import dev.spillway.server.session.SessionHandler;
import dev.spillway.server.work.Priority;
import dev.spillway.server.work.WorkScheduler;
import dev.spillway.store.MailStore;
import dev.spillway.store.QuotaLimits;
import dev.spillway.store.account.Argon2Settings;
import dev.spillway.store.sqlite.SqliteMailStore;
import dev.spillway.store.sqlite.StoreSettings;
import dev.spillway.transport.codec.DecoderMode;
import dev.spillway.transport.codec.ImapCommandDecoder;
import dev.spillway.transport.codec.ImapResponseEncoder;
import dev.spillway.transport.net.ConnectionLimiter;
import dev.spillway.transport.net.EventLoops;
import dev.spillway.transport.tls.SelfSignedCertificate;
import dev.spillway.transport.tls.TlsContexts;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The IMAP server: binds the plain IMAP port (STARTTLS offered), the implicit TLS port
 * (RFC 8314) and the LMTP port, each unless its port is 0, and owns everything the sessions
 * share. {@link #close()} stops listening, ends sessions and closes the store.
 */
public final class ImapServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ImapServer.class);
    /** Pass as a port to bind any free port (tests). */
    public static final int ANY_PORT = -1;

    private final ServerContext context;
    private final EventLoops loops;
    private final ExecutorService hashing;
    private final List<Channel> listeners = new ArrayList<>();
    private int imapPort;
    private int imapsPort;
    private int lmtpPort;

    private ImapServer(ServerContext context, EventLoops loops, ExecutorService hashing) {
        this.context = context;
        this.loops = loops;
        this.hashing = hashing;
    }

    /** Ports to bind: 0 turns a listener off, {@link #ANY_PORT} binds a free port. */
    public record Ports(int imap, int imaps, int lmtp) {
        public static Ports from(Config config) {
            return new Ports(config.get(Settings.IMAP_PORT), config.get(Settings.IMAPS_PORT),
                    config.get(Settings.LMTP_PORT));
        }
    }

    /**
     * The embedded store's settings: the message size limit, password hashing and the default
     * quota of every account. Every command that opens the store uses these.
     */
    public static StoreSettings storeSettings(Config config) {
        Argon2Settings argon2 = new Argon2Settings(config.get(Settings.AUTH_HASH_MEMORY_KIB),
                config.get(Settings.AUTH_HASH_ITERATIONS),
                config.get(Settings.AUTH_HASH_PARALLELISM));
        QuotaLimits quota = new QuotaLimits(config.get(Settings.QUOTA_STORAGE),
                config.get(Settings.QUOTA_MESSAGES));
        return new StoreSettings(config.get(Settings.LIMITS_LITERAL), argon2, quota);
    }

    /** Opens the store, prepares TLS and binds every configured listener. */
    public static ImapServer start(Config config, Ports ports, String version)
            throws IOException, InterruptedException {
        Path data = config.get(Settings.DATA_DIR);
        int literal = config.get(Settings.LIMITS_LITERAL).intValue();
        MailStore store;
        try {
            store = SqliteMailStore.open(data, storeSettings(config));
        } catch (dev.spillway.store.StoreException e) {
            throw new IOException("cannot open the mail store in " + data + ": "
                    + e.getMessage(), e);
        }
        SslContext tls = tlsContext(config, data);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                daemon("spillway-timer"));
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService hashing = Executors.newFixedThreadPool(Math.max(1, cores / 2),
                daemon("spillway-auth"));
        Authenticator authenticator = new Authenticator(
                (user, password) -> store.accounts().verify(user, password)
                        ? store.account(user).name() : null,
                hashing, timer, config.get(Settings.AUTH_CACHE_TTL),
                config.get(Settings.AUTH_FAIL_DELAY));
        ShedPolicy policy = new ShedPolicy(PolicySettingsMapper.from(config));
        AdaptiveShedding adaptive = AdaptiveShedding.attach(policy,
                AdaptiveSettings.from(config), false);
        adaptive.start(timer);
        WorkScheduler work = new WorkScheduler(Math.max(4, cores * 2),
                adaptive.queueDelay()::record);
        ServerSettings settings = new ServerSettings(hostName(),
                config.get(Settings.AUTH_ALLOW_PLAINTEXT), limits(config, literal), literal,
                config.get(Settings.LIMITS_MESSAGE_LIMIT),
                config.get(Settings.TIMEOUTS_PRE_AUTH), config.get(Settings.TIMEOUTS_IDLE),
                config.get(Settings.SERVER_ID_HIDE_VERSION), version);
        Observability observability = new Observability(policy, Role.SERVER);
        observability.watchSignals(adaptive::readings);
        observability.start();
        ServerContext context = new ServerContext(settings, store, authenticator, policy, work,
                timer, tls, observability, adaptive);
        EventLoops loops = new EventLoops(cores);
        loops.probeDelay(timer, adaptive.eventLoopDelay()::record);
        ImapServer server = new ImapServer(context, loops, hashing);
        try {
            server.bind(config.get(Settings.BIND), ports,
                    config.get(Settings.LIMITS_CONNECTIONS),
                    config.get(Settings.LIMITS_CONNECTIONS_PER_IP));
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public ServerContext context() {
        return context;
    }

    public int imapPort() {
        return imapPort;
    }

    public int imapsPort() {
        return imapsPort;
    }

    public int lmtpPort() {
        return lmtpPort;
    }

    private void bind(String address, Ports ports, int maxConnections, int maxPerAddress)
            throws IOException, InterruptedException {
        ConnectionLimiter imapLimiter = new ConnectionLimiter(maxConnections, maxPerAddress,
                "* BYE [UNAVAILABLE] Too many connections, try again later\r\n");
        ConnectionLimiter lmtpLimiter = new ConnectionLimiter(maxConnections, maxPerAddress,
                "421 4.3.2 Too many connections, try again later\r\n");
        imapPort = listen(address, ports.imap(), imapInitializer(imapLimiter, false), "imap");
        imapsPort = listen(address, ports.imaps(), imapInitializer(imapLimiter, true), "imaps");
        lmtpPort = listen(address, ports.lmtp(), lmtpInitializer(lmtpLimiter), "lmtp");
    }

    private int listen(String address, int port, ChannelInitializer<SocketChannel> init,
            String name) throws IOException, InterruptedException {
        if (port == 0) {
            return 0;
        }
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(loops.acceptors(), loops.workers())
                .channel(loops.serverChannel())
                .option(ChannelOption.SO_BACKLOG, 1024)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK,
                        new WriteBufferWaterMark(64 * 1024, 256 * 1024))
                .childHandler(init);
        int bindPort = port == ANY_PORT ? 0 : port;
        try {
            Channel channel = bootstrap.bind(address, bindPort).sync().channel();
            listeners.add(channel);
            int bound = ((InetSocketAddress) channel.localAddress()).getPort();
            LOG.info("listening protocol={} address={} port={}", name, address, bound);
            return bound;
        } catch (Exception e) {
            if (e instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IOException("cannot listen for " + name + " on " + address + ":"
                    + bindPort + ": " + e.getMessage(), e);
        }
    }

    private ChannelInitializer<SocketChannel> imapInitializer(ConnectionLimiter limiter,
            boolean implicitTls) {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(SocketChannel channel) {
                ServerSettings settings = context.settings();
                ChannelPipeline pipeline = channel.pipeline();
                pipeline.addLast("limits", limiter);
                pipeline.addLast("bytes", new ByteCounter(context.observability().metrics()));
                if (implicitTls) {
                    pipeline.addLast("tls", context.tls().newHandler(channel.alloc()));
                }
                pipeline.addLast(Timeouts.HANDLER, Timeouts.preAuth(settings.preAuthTimeout()));
                pipeline.addLast("decoder", new ImapCommandDecoder(settings.limits(),
                        DecoderMode.WHOLE_COMMANDS));
                pipeline.addLast("encoder", new ImapResponseEncoder());
                pipeline.addLast("session", new SessionHandler(context, implicitTls));
            }
        };
    }

    private ChannelInitializer<SocketChannel> lmtpInitializer(ConnectionLimiter limiter) {
        ServerSettings settings = context.settings();
        LmtpSettings lmtp = new LmtpSettings(settings.hostName(),
                settings.authenticatedLiteralSize(), 1000, 64 * 1024);
        StoreDelivery delivery = new StoreDelivery(context.store());
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(SocketChannel channel) {
                channel.pipeline()
                        .addLast("limits", limiter)
                        .addLast(new IdleStateHandler(300, 0, 0))
                        .addLast(new LineBasedFrameDecoder(lmtp.maxLineBytes(), true, false))
                        .addLast(new LmtpHandler(delivery, lmtp,
                                context.work().at(Priority.FOREGROUND)));
            }
        };
    }

    private static ProtocolLimits limits(Config config, int literal) {
        int line = config.get(Settings.LIMITS_LINE_LENGTH).intValue();
        return new ProtocolLimits(line,
                config.get(Settings.LIMITS_LITERAL_PRE_AUTH).intValue(),
                (int) Math.min(Integer.MAX_VALUE, (long) literal + line + 1024 * 1024),
                config.get(Settings.LIMITS_NESTING), config.get(Settings.LIMITS_ARGUMENTS),
                config.get(Settings.LIMITS_BAD_COMMANDS), config.get(Settings.LIMITS_LITERAL_PLUS));
    }

    private static SslContext tlsContext(Config config, Path data) throws IOException {
        var cert = config.get(Settings.TLS_CERT);
        var key = config.get(Settings.TLS_KEY);
        if (cert.isPresent() != key.isPresent()) {
            throw new IOException("tls.cert and tls.key must be set together");
        }
        if (cert.isPresent()) {
            return TlsContexts.server(cert.get(), key.get());
        }
        Path dir = data.resolve("tls");
        if (SelfSignedCertificate.ensure(dir, hostName())) {
            LOG.warn("no tls.cert configured: generated a self-signed certificate in {};"
                    + " clients will warn until a real certificate is configured", dir);
        }
        return TlsContexts.server(dir.resolve("cert.pem"), dir.resolve("key.pem"));
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return new io.netty.util.concurrent.DefaultThreadFactory(name, true);
    }

    @Override
    public void close() {
        for (Channel listener : listeners) {
            listener.close().awaitUninterruptibly();
        }
        loops.shutdown(Duration.ofSeconds(1));
        context.work().close();
        hashing.shutdownNow();
        context.timer().shutdownNow();
        try {
            context.timer().awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        context.adaptive().close();
        context.observability().close();
        context.store().close();
    }
}
