package dev.spillway.sim.mail;

/**
 * One generated message, RFC 5322 with CRLF line endings.
 *
 * @param kind its shape
 * @param bytes the whole message
 */
public record GeneratedMessage(MessageKind kind, byte[] bytes) {
}
