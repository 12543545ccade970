package dev.spillway.sim.wire;

import java.util.Objects;

/**
 * Where and how the simulator connects.
 *
 * @param host a host name or address; loopback unless remote targets are allowed
 * @param port the IMAP port (the implicit TLS port for {@link Security#IMPLICIT})
 * @param security plain, STARTTLS or implicit TLS
 * @param trustAnyCertificate accept any server certificate and host name; for tests against
 *     self-signed certificates only
 */
public record Target(String host, int port, Security security, boolean trustAnyCertificate) {

    public Target {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1 to 65535: " + port);
        }
    }

    /** A plain-text target on {@code 127.0.0.1}. */
    public static Target plain(int port) {
        return new Target("127.0.0.1", port, Security.NONE, false);
    }

    @Override
    public String toString() {
        return host + ":" + port + " (" + security.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
