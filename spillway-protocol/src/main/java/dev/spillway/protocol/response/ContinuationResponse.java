package dev.spillway.protocol.response;

/**
 * A continuation request {@code + text} (RFC 9051 §7.5), sent before a synchronizing literal,
 * during AUTHENTICATE (with base64 text) and when IDLE starts.
 *
 * @param text text or base64 challenge; may be empty for an empty SASL challenge
 */
public record ContinuationResponse(String text) implements Response {

    /** The usual request for a literal. */
    public static final ContinuationResponse READY = new ContinuationResponse("Ready");

    @Override
    public void writeTo(ImapWriter writer) {
        writer.continuation(text);
    }
}
