package dev.spillway.config;

/** How the proxy protects its connection to a backend IMAP server. */
public enum BackendSecurity {
    /** Implicit TLS from the first byte (RFC 8314). */
    TLS,
    /** Plain connection upgraded with STARTTLS (RFC 9051 §6.2.1). */
    STARTTLS,
    /** No encryption; only for a backend on the same host or a trusted network. */
    NONE
}
