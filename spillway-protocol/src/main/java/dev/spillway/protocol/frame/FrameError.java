package dev.spillway.protocol.frame;

import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.protocol.response.Status;
import dev.spillway.protocol.response.StatusResponse;

/**
 * Input the framer refused, and what the client must be told.
 *
 * @param kind what went wrong
 * @param tag the command's tag if it was already read and is a valid tag, else null
 * @param status BAD for bad syntax or size, NO for a refused synchronizing literal
 *     (RFC 9051 §7.1 TOOBIG), BYE when the stream cannot be resynchronised
 * @param code response code to send (e.g. TOOBIG), or null
 * @param text human-readable response text, ASCII, no CR or LF
 */
public record FrameError(Kind kind, String tag, Status status, ResponseCode code, String text) {

    /** Why the framer refused input. */
    public enum Kind {
        /** A line segment was longer than {@link ProtocolLimits#maxLineLength()}. */
        LINE_TOO_LONG,
        /** A literal was larger than the current literal limit, or broke LITERAL- rules. */
        LITERAL_TOO_BIG,
        /** The command was larger than {@link ProtocolLimits#maxCommandSize()}. */
        COMMAND_TOO_BIG,
        /** Lists were nested deeper than {@link ProtocolLimits#maxNestingDepth()}. */
        NESTING_TOO_DEEP,
        /** The command had more than {@link ProtocolLimits#maxTokens()} tokens. */
        TOO_MANY_TOKENS,
        /** The input is not IMAP: HTTP, a TLS handshake, or a NUL byte in a line. */
        NOT_IMAP,
        /** {@link ProtocolLimits#maxConsecutiveBadCommands()} bad commands in a row. */
        TOO_MANY_BAD_COMMANDS
    }

    /** True when the connection must be closed after {@code * BYE}. */
    public boolean fatal() {
        return status == Status.BYE;
    }

    /**
     * The response that answers this error: {@code * BYE} when fatal, else the tagged status,
     * or an untagged BAD when no tag could be read (RFC 9051 §7.1.3).
     */
    public StatusResponse response() {
        if (fatal() || tag == null) {
            return StatusResponse.untagged(fatal() ? Status.BYE : Status.BAD, code, text);
        }
        return StatusResponse.tagged(tag, status, code, text);
    }

    /** The error sent when too many bad commands came in a row. */
    public static FrameError tooManyBadCommands() {
        return new FrameError(Kind.TOO_MANY_BAD_COMMANDS, null, Status.BYE, null,
                "Too many invalid commands");
    }
}
