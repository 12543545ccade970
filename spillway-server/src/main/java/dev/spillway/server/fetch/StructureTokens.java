package dev.spillway.server.fetch;

import dev.spillway.protocol.response.ImapWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A nested list value (BODYSTRUCTURE, ENVELOPE) built before it is written.
 *
 * <p>It exists because RFC 3501 §9 writes the bodies of a multipart with no space between them
 * ({@code body-type-mpart = 1*body SP media-subtype}), while {@link ImapWriter} puts a space
 * before every token after a closed list. The value is built here as text runs and literals,
 * with adjacent lists glued, and then handed to the writer run by run, using its list methods
 * where a run meets a literal so that its spacing stays right.
 *
 * <p>A list that ends in a literal and is directly followed by a sibling list (a body whose
 * Content-Location needs a literal, or an address whose host does) is joined to it with
 * {@link ImapWriter#adjoin()}, so every value, literals included, comes out exactly as built.
 */
final class StructureTokens {
    private final List<Object> segments = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private boolean spaceNeeded;

    StructureTokens open() {
        space();
        run.append('(');
        spaceNeeded = false;
        return this;
    }

    StructureTokens close() {
        run.append(')');
        spaceNeeded = true;
        return this;
    }

    /** The next list follows the previous one without a space (multipart bodies). */
    StructureTokens glue() {
        spaceNeeded = false;
        return this;
    }

    StructureTokens nil() {
        return atom("NIL");
    }

    StructureTokens number(long n) {
        return atom(Long.toString(n));
    }

    StructureTokens nstring(String value) {
        return value == null ? nil() : string(value);
    }

    /**
     * A quoted string when every octet is printable US-ASCII and it is short, else a literal:
     * 8-bit octets, CR, LF and other controls never go inside quotes (RFC 9051 §4.3).
     */
    StructureTokens string(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (!quotable(bytes)) {
            space();
            segments.add(run.toString());
            run.setLength(0);
            segments.add(bytes);
            spaceNeeded = true;
            return this;
        }
        space();
        run.append('"');
        for (byte b : bytes) {
            if (b == '"' || b == '\\') {
                run.append('\\');
            }
            run.append((char) b);
        }
        run.append('"');
        return this;
    }

    /** The value as it would appear on the wire, for tests. */
    byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object segment : all()) {
            if (segment instanceof String text) {
                out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
            } else {
                byte[] literal = (byte[]) segment;
                String prefix = "{" + literal.length + "}\r\n";
                out.writeBytes(prefix.getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(literal);
            }
        }
        return out.toByteArray();
    }

    /** Writes the value as the next token of {@code out}. */
    void writeTo(ImapWriter out) {
        for (Object segment : all()) {
            if (segment instanceof String text) {
                writeRun(out, text);
            } else {
                out.literal((byte[]) segment);
            }
        }
    }

    /**
     * One text run between literals. Leading closes, trailing opens and the spaces next to a
     * literal go through the writer's own list and spacing logic; the rest is plain text.
     */
    private static void writeRun(ImapWriter out, String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == ')') {
            out.closeList();
            start++;
        }
        if (start < end && text.charAt(start) == ' ') {
            start++;
        } else if (start > 0 && start < end) {
            out.adjoin(); // a list glued to the one just closed
        }
        int opens = 0;
        while (end > start && text.charAt(end - 1) == '(') {
            end--;
            opens++;
        }
        if (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > start) {
            out.text(text.substring(start, end));
        }
        for (int i = 0; i < opens; i++) {
            out.openList();
        }
    }

    private List<Object> all() {
        List<Object> out = new ArrayList<>(segments);
        out.add(run.toString());
        return out;
    }

    private StructureTokens atom(String atom) {
        space();
        run.append(atom);
        return this;
    }

    private void space() {
        if (spaceNeeded) {
            run.append(' ');
        }
        spaceNeeded = true;
    }

    private static boolean quotable(byte[] bytes) {
        if (bytes.length > ImapWriter.MAX_QUOTED) {
            return false;
        }
        for (byte b : bytes) {
            if (b < 0x20 || b == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
