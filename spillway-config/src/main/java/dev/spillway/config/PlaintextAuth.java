package dev.spillway.config;

/** Where plain-text credentials (LOGIN, AUTHENTICATE PLAIN) are accepted without TLS. */
public enum PlaintextAuth {
    /** Only after STARTTLS or on implicit TLS (RFC 9051 §11.1 recommends this). */
    NEVER,
    /** Also from clients on 127.0.0.1 or ::1, e.g. a local webmail or tests. */
    LOOPBACK,
    /** Also over plain connections from anywhere; only behind a TLS-terminating front end. */
    ALWAYS
}
