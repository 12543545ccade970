package dev.spillway.server.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One generated command: line segments, each but the last followed by a literal. The client
 * sends a segment, waits for {@code +} before a synchronizing literal's data, and goes on.
 *
 * @param tag the command's tag, or null for a line sent without a valid one, which is
 *     answered with an untagged BAD
 * @param name the command name as sent, for deciding what a continuation asks for
 * @param segments the command in order; the last has no literal
 */
record FuzzCommand(String tag, String name, List<Segment> segments) {

    /**
     * Text up to and including a literal announcement (or the end of the command), without
     * CRLF, and the literal's data if one is announced.
     */
    record Segment(byte[] text, byte[] literal, boolean synchronizing) {
    }

    /** The command as one would log it: literals by size only. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (Segment segment : segments) {
            s.append(new String(segment.text(), StandardCharsets.ISO_8859_1)
                    .replace("\u0000", "<NUL>"));
            if (segment.literal() != null) {
                s.append("<").append(segment.literal().length).append(" octets>");
            }
        }
        return s.length() > 300 ? s.substring(0, 300) + "..." : s.toString();
    }
}
