package dev.spillway.transport.codec;

/** What {@link ImapCommandDecoder} hands to the next handler. */
public enum DecoderMode {
    /**
     * Whole {@link dev.spillway.protocol.frame.RawCommand}s, with literals in memory up to the
     * limits: for the server, which parses complete commands.
     */
    WHOLE_COMMANDS,
    /**
     * {@link CommandSegment}s and {@link LiteralChunk}s as they arrive, never holding more than
     * one read's worth of literal data: for the proxy, which forwards large literals.
     *
     * <p>A limit error can come after some segments of the same command were already handed
     * out (a second literal that is too big, say). The receiver must then abandon what it
     * forwarded of that command; the decoder has already answered the client.
     */
    STREAMING
}
