package dev.spillway.admin.http;

import dev.spillway.config.Config;
import dev.spillway.config.Settings;
import java.util.Objects;

/**
 * Where the admin endpoint listens and who may change settings through it.
 *
 * @param bindAddress the address to bind (setting {@code admin.bind}, default
 *     {@code 127.0.0.1}; the IMAP listeners' {@code bind} does not apply)
 * @param port the TCP port (setting {@code admin.port}, default 8143); 0 turns the endpoint
 *     off; {@link #EPHEMERAL_PORT} lets the system pick a free port (tests)
 * @param token the bearer token for changes (setting {@code admin.token}); empty makes the API
 *     read-only
 */
public record AdminOptions(String bindAddress, int port, String token) {

    /** Binds a port the system picks; read it back with {@link AdminServer#port()}. */
    public static final int EPHEMERAL_PORT = -1;

    public AdminOptions {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(token, "token");
        if (port < EPHEMERAL_PORT || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535: " + port);
        }
    }

    /** The {@code admin.bind}, {@code admin.port} and {@code admin.token} settings. */
    public static AdminOptions from(Config config) {
        return new AdminOptions(config.get(Settings.ADMIN_BIND), config.get(Settings.ADMIN_PORT),
                config.get(Settings.ADMIN_TOKEN));
    }

    /** Loopback, a free port, and {@code token} (empty for read-only); for tests. */
    public static AdminOptions ephemeral(String token) {
        return new AdminOptions("127.0.0.1", EPHEMERAL_PORT, token);
    }

    /** False when {@code admin.port} is 0. */
    public boolean enabled() {
        return port != 0;
    }

    /** True when a token is configured, so changes through the API are possible. */
    public boolean changesEnabled() {
        return !token.isEmpty();
    }

    @Override
    public String toString() {
        // The token is a credential; records would print it.
        return "AdminOptions[bindAddress=" + bindAddress + ", port=" + port + ", token="
                + (token.isEmpty() ? "(none)" : "(set)") + "]";
    }
}
