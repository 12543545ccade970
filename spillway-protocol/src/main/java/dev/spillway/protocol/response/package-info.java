/**
 * Server-to-client output that is valid IMAP by construction (RFC 9051 §7).
 *
 * <p>{@link dev.spillway.protocol.response.ImapWriter} writes tokens to a
 * {@link dev.spillway.protocol.response.ByteSink}; it picks quoted string or literal per value,
 * so 8-bit data, CR, LF and NUL never end up inside a quoted string, and it strips CR and LF
 * from human-readable text. {@link dev.spillway.protocol.response.Response} values
 * ({@link dev.spillway.protocol.response.StatusResponse},
 * {@link dev.spillway.protocol.response.ContinuationResponse}) are immutable and know how to
 * write themselves. {@link dev.spillway.protocol.response.ModifiedUtf7} converts mailbox names
 * (RFC 3501 §5.1.3).
 *
 * <p>Invariant: no Netty types; the Netty side adapts its buffers to {@code ByteSink}.
 */
package dev.spillway.protocol.response;
