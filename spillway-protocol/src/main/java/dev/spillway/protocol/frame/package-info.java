/**
 * Splits the client-to-server byte stream into IMAP commands (RFC 9051 §2.2, §4.3).
 *
 * <p>{@link dev.spillway.protocol.frame.CommandFramer} is an incremental, resumable state machine
 * fed arbitrary chunks. It reports line segments and literal bytes as they arrive to a
 * {@link dev.spillway.protocol.frame.FrameListener}, so a proxy can forward large literals with
 * bounded memory; {@link dev.spillway.protocol.frame.CommandAssembler} builds whole
 * {@link dev.spillway.protocol.frame.RawCommand}s from the same events for the server.
 *
 * <p>Invariants: no Netty types; memory held per connection never exceeds one line segment
 * ({@link dev.spillway.protocol.frame.ProtocolLimits#maxLineLength()}) in streaming use, or one
 * command ({@link dev.spillway.protocol.frame.ProtocolLimits#maxCommandSize()}) when assembling;
 * every limit violation is reported once as a {@link dev.spillway.protocol.frame.FrameError},
 * after which the framer is again at a command boundary or, if the error is fatal, closed.
 */
package dev.spillway.protocol.frame;
