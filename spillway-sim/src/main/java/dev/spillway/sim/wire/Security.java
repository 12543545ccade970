package dev.spillway.sim.wire;

/** How the simulator secures its IMAP connections. */
public enum Security {
    /** Plain text; the target must allow plaintext login on loopback. */
    NONE,
    /** Plain connection upgraded with STARTTLS before login (RFC 9051 §6.2.1). */
    STARTTLS,
    /** TLS from the first byte (RFC 8314 §3.3), as iOS Mail prefers. */
    IMPLICIT
}
