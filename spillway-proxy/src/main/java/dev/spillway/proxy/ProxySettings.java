package dev.spillway.proxy;

import dev.spillway.config.BackendSecurity;
import dev.spillway.config.Config;
import dev.spillway.config.HostPort;
import dev.spillway.config.PlaintextAuth;
import dev.spillway.config.Settings;
import dev.spillway.protocol.frame.ProtocolLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the proxy reads from the configuration, in one immutable value.
 *
 * <p>Listener ports use two sentinels that the configuration itself cannot express:
 * {@link #OFF} turns a listener off (configuration value {@code 0}) and {@link #EPHEMERAL} binds
 * a free port chosen by the kernel, which tests use through {@link #withPorts(int, int)}.
 *
 * @param bind address the client-facing listeners bind to
 * @param imapPort plain listener offering STARTTLS, or a sentinel
 * @param imapsPort implicit TLS listener (RFC 8314), or a sentinel
 * @param tlsCert PEM certificate chain for client-facing TLS; empty = self-signed in dataDir
 * @param tlsKey PEM key of {@code tlsCert}
 * @param dataDir where a self-signed certificate is generated when none is configured
 * @param plaintextAuth where LOGIN and AUTHENTICATE work without client-side TLS
 * @param backends backend IMAP servers, tried round robin
 * @param backendSecurity how backend connections are secured
 * @param backendCa PEM CA file for backend certificates; empty = JDK trust store
 * @param backendTlsName the name sent as SNI (RFC 6066 §3) and checked against the backend
 *     certificate (RFC 9525); empty = the backend's host as listed in {@code backends}
 * @param backendInsecure skip backend certificate checks (tests only)
 * @param originatingIp add {@code x-originating-ip} and {@code x-originating-port} to the ID
 *     sent to the backend
 * @param proxyProtocol send a PROXY protocol v2 header to the backend
 * @param capabilityRefresh how often the backend's capabilities are probed again after the
 *     probe at start-up; zero = never
 * @param limits client-side framing limits before authentication
 * @param literalAfterAuth literal limit once the backend accepted a login, in octets
 * @param maxConnections client connections open at once
 * @param maxConnectionsPerIp client connections open at once from one IP address
 * @param preAuthTimeout time a client has to authenticate
 * @param idleTimeout inactivity allowed after login
 */
public record ProxySettings(
        String bind,
        int imapPort,
        int imapsPort,
        Optional<Path> tlsCert,
        Optional<Path> tlsKey,
        Path dataDir,
        PlaintextAuth plaintextAuth,
        List<HostPort> backends,
        BackendSecurity backendSecurity,
        Optional<Path> backendCa,
        Optional<String> backendTlsName,
        boolean backendInsecure,
        boolean originatingIp,
        boolean proxyProtocol,
        Duration capabilityRefresh,
        ProtocolLimits limits,
        int literalAfterAuth,
        int maxConnections,
        int maxConnectionsPerIp,
        Duration preAuthTimeout,
        Duration idleTimeout) {

    /** Port sentinel: the listener is off. */
    public static final int OFF = -1;
    /** Port sentinel: bind a free port chosen by the kernel. */
    public static final int EPHEMERAL = 0;

    /** Largest command the proxy frames: 64 MiB, or more when the literal limit needs it. */
    private static final long MIN_COMMAND_SIZE = 64L * 1024 * 1024;

    public ProxySettings {
        Objects.requireNonNull(bind, "bind");
        backends = List.copyOf(backends);
        backendTlsName = backendTlsName.filter(name -> !name.isBlank()).map(String::strip);
        if (backends.isEmpty()) {
            throw new IllegalArgumentException("proxy.backend lists no backend server");
        }
        checkPort(imapPort, "imap");
        checkPort(imapsPort, "imaps");
        if (Objects.requireNonNull(capabilityRefresh, "capabilityRefresh").isNegative()) {
            throw new IllegalArgumentException("negative capability refresh: "
                    + capabilityRefresh);
        }
    }

    /**
     * Reads the settings; configuration port {@code 0} becomes {@link #OFF}.
     *
     * @throws IllegalArgumentException if {@code proxy.backend} is empty
     */
    public static ProxySettings from(Config config) {
        int lineLength = (int) Math.min(Integer.MAX_VALUE, config.get(Settings.LIMITS_LINE_LENGTH));
        long literal = config.get(Settings.LIMITS_LITERAL);
        // limits.literal-pre-auth may be 0 ("no literals before login"); the framer needs >= 1.
        int preAuth = (int) Math.max(1, config.get(Settings.LIMITS_LITERAL_PRE_AUTH));
        int commandSize = (int) Math.min(Integer.MAX_VALUE,
                Math.max(MIN_COMMAND_SIZE, literal + lineLength + 2L));
        ProtocolLimits limits = new ProtocolLimits(lineLength, preAuth, commandSize,
                config.get(Settings.LIMITS_NESTING), config.get(Settings.LIMITS_ARGUMENTS),
                config.get(Settings.LIMITS_BAD_COMMANDS), true);
        return new ProxySettings(
                config.get(Settings.BIND),
                offWhenZero(config.get(Settings.IMAP_PORT)),
                offWhenZero(config.get(Settings.IMAPS_PORT)),
                config.get(Settings.TLS_CERT),
                config.get(Settings.TLS_KEY),
                config.get(Settings.DATA_DIR),
                config.get(Settings.AUTH_ALLOW_PLAINTEXT),
                config.get(Settings.PROXY_BACKEND),
                config.get(Settings.PROXY_BACKEND_SECURITY),
                config.get(Settings.PROXY_BACKEND_CA),
                Optional.of(config.get(Settings.PROXY_BACKEND_TLS_NAME)),
                config.get(Settings.PROXY_BACKEND_INSECURE),
                config.get(Settings.PROXY_ORIGINATING_IP),
                config.get(Settings.PROXY_PROXY_PROTOCOL),
                config.get(Settings.PROXY_CAPABILITY_REFRESH),
                limits,
                (int) Math.min(Integer.MAX_VALUE, literal),
                config.get(Settings.LIMITS_CONNECTIONS),
                config.get(Settings.LIMITS_CONNECTIONS_PER_IP),
                config.get(Settings.TIMEOUTS_PRE_AUTH),
                config.get(Settings.TIMEOUTS_IDLE));
    }

    /** A copy with other listener ports; each is a port number, {@link #OFF} or EPHEMERAL. */
    public ProxySettings withPorts(int imap, int imaps) {
        return new ProxySettings(bind, imap, imaps, tlsCert, tlsKey, dataDir, plaintextAuth,
                backends, backendSecurity, backendCa, backendTlsName, backendInsecure,
                originatingIp, proxyProtocol, capabilityRefresh, limits, literalAfterAuth,
                maxConnections, maxConnectionsPerIp, preAuthTimeout, idleTimeout);
    }

    private static int offWhenZero(int port) {
        return port == 0 ? OFF : port;
    }

    private static void checkPort(int port, String name) {
        if (port < OFF || port > 65535) {
            throw new IllegalArgumentException(name + " port out of range: " + port);
        }
    }
}
