package dev.spillway.config;

import java.util.Objects;

/**
 * A host and port, e.g. {@code imap.example.net:993} or {@code [::1]:1143}.
 *
 * @param host a name or address, IPv6 without brackets
 * @param port 1 to 65535
 */
public record HostPort(String host, int port) {

    public HostPort {
        Objects.requireNonNull(host, "host");
        if (host.isEmpty()) {
            throw new IllegalArgumentException("empty host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1 to 65535: " + port);
        }
    }

    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
