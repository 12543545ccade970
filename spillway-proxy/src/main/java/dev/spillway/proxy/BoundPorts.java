package dev.spillway.proxy;

/**
 * The ports the proxy's listeners actually bound.
 *
 * @param imap the plain (STARTTLS) listener's port, or 0 when it is off
 * @param imaps the implicit TLS listener's port, or 0 when it is off
 */
public record BoundPorts(int imap, int imaps) {
}
