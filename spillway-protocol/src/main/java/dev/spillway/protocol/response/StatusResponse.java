package dev.spillway.protocol.response;

/**
 * A status response: {@code tag OK [code] text}, {@code * NO text}, {@code * BYE text}
 * (RFC 9051 §7.1).
 *
 * @param tag the command's tag, or null for an untagged response
 * @param status the status
 * @param code response code, or null
 * @param text human-readable text; sanitised on output
 */
public record StatusResponse(String tag, Status status, ResponseCode code, String text)
        implements Response {

    /** Checks that PREAUTH and BYE are untagged (RFC 9051 §7.1.4, §7.1.5). */
    public StatusResponse {
        if (tag != null && (status == Status.BYE || status == Status.PREAUTH)) {
            throw new IllegalArgumentException(status + " is always untagged");
        }
    }

    /** A tagged response. */
    public static StatusResponse tagged(String tag, Status status, ResponseCode code,
            String text) {
        return new StatusResponse(tag, status, code, text);
    }

    /** An untagged response. */
    public static StatusResponse untagged(Status status, ResponseCode code, String text) {
        return new StatusResponse(null, status, code, text);
    }

    @Override
    public void writeTo(ImapWriter writer) {
        writer.status(tag, status, code, text);
    }
}
