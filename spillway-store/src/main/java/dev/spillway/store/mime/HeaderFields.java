package dev.spillway.store.mime;

import java.io.ByteArrayOutputStream;
import java.util.Collection;

/**
 * BODY[HEADER.FIELDS (...)] and BODY[HEADER.FIELDS.NOT (...)] (RFC 3501 §6.4.5): the chosen
 * fields exactly as they appear in the message, folding kept, in message order, followed by the
 * blank line that every header fetch includes.
 */
public final class HeaderFields {
    private static final byte[] CRLF = {'\r', '\n'};

    private HeaderFields() {
    }

    /**
     * Selects fields from the header block {@code [start, end)} of {@code raw}.
     *
     * @param names field names, matched without regard to case
     * @param not   true for HEADER.FIELDS.NOT: keep the fields not named
     */
    public static byte[] select(byte[] raw, int start, int end, Collection<String> names,
            boolean not) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (HeaderField field : HeaderParser.fields(raw, start, end)) {
            if (named(names, field.name()) != not) {
                out.write(raw, field.start(), field.end() - field.start());
                if (raw[field.end() - 1] != '\n') {
                    out.writeBytes(CRLF);
                }
            }
        }
        out.writeBytes(CRLF);
        return out.toByteArray();
    }

    /** Selects from a part's MIME header, or the message header for the top entity. */
    public static byte[] select(byte[] raw, BodyPart part, Collection<String> names,
            boolean not) {
        return select(raw, part.headerStart(), part.bodyStart(), names, not);
    }

    private static boolean named(Collection<String> names, String name) {
        for (String n : names) {
            if (n.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
