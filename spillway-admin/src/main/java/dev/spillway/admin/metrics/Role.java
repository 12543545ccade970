package dev.spillway.admin.metrics;

import java.util.Locale;

/** Which program the metrics describe; the {@code role} label on every series. */
public enum Role {
    /** {@code spillway serve}: IMAP and LMTP over the embedded store. */
    SERVER,
    /** {@code spillway proxy}: IMAP in front of backend servers. */
    PROXY;

    /** The Prometheus label value. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
