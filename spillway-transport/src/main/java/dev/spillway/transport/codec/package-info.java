/**
 * The Netty side of the IMAP wire protocol: a thin decoder around the pure
 * {@link dev.spillway.protocol.frame.CommandFramer} and an encoder for
 * {@link dev.spillway.protocol.response.Response}s.
 *
 * <p>Server pipeline, inbound first: {@code [SslHandler] -> ImapCommandDecoder ->
 * ImapResponseEncoder -> application}. The decoder hands out one command (or one raw line, or
 * one error) per {@code channelRead}, answers framing errors and continuation requests itself,
 * and writes those answers through its own context so they pass TLS but not the encoder.
 *
 * <p>Invariants: every ByteBuf the decoder allocates is either written or handed on as a
 * {@link io.netty.buffer.ByteBufHolder} the receiver must release; nothing is buffered beyond
 * the {@link dev.spillway.protocol.frame.ProtocolLimits}; framing errors never throw.
 */
package dev.spillway.transport.codec;
