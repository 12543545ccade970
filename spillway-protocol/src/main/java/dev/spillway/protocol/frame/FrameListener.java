package dev.spillway.protocol.frame;

import java.nio.ByteBuffer;

/**
 * Receives the framer's events in stream order.
 *
 * <p>Arrays and buffers passed in are the framer's or the caller's own storage and are valid only
 * during the call: copy what must outlive it. A listener may call
 * {@link CommandFramer#pause()} from any callback to make {@code feed} return right after it.
 */
public interface FrameListener {

    /**
     * One line segment of a command, without its line ending.
     *
     * @param tag the command's tag, or null if the first segment does not start with a valid tag
     * @param line segment bytes; valid only during this call
     * @param length valid bytes in {@code line}
     * @param first true for the first segment of a command
     * @param literal the literal announced at the end of this segment, or null when the segment
     *     ends the command
     */
    void lineSegment(String tag, byte[] line, int length, boolean first,
            LiteralAnnouncement literal);

    /**
     * A synchronizing literal was accepted: the client now waits for a continuation request
     * ({@code + ...}, RFC 9051 §7.5) before it sends the literal. Never called for
     * {@code {n+}}.
     */
    void continuationRequired(String tag, LiteralAnnouncement literal);

    /**
     * Literal bytes, in order, as they arrive; a literal may come in several chunks.
     *
     * @param chunk a view of the input whose remaining bytes are the literal data; valid only
     *     during this call
     * @param lastChunk true when this chunk completes the literal
     */
    void literalData(ByteBuffer chunk, boolean lastChunk);

    /** The command whose segments were just reported is complete. */
    void commandEnd(String tag);

    /**
     * A line read in raw line mode ({@link CommandFramer#expectRawLine()}), without its line
     * ending and without literal or tag processing.
     */
    void rawLine(byte[] line, int length);

    /**
     * Refused input. Anything already reported of the current command is void. After a non-fatal
     * error the framer resynchronises by itself; after a fatal one it ignores all further input.
     */
    void error(FrameError error);
}
