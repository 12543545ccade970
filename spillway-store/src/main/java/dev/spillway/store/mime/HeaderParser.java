package dev.spillway.store.mime;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a header block into fields (RFC 5322 §2.2). Lenient: lines without a colon are skipped,
 * a header without the blank line runs to the end of the entity, LF alone counts as a line end.
 */
public final class HeaderParser {
    private HeaderParser() {
    }

    /**
     * Where the body of the entity starting at {@code start} begins: just after the first empty
     * line, or {@code end} if there is none.
     */
    public static int bodyStart(byte[] raw, int start, int end) {
        int line = start;
        while (line < end) {
            if (raw[line] == '\n') {
                return line + 1;
            }
            if (raw[line] == '\r' && line + 1 < end && raw[line + 1] == '\n') {
                return line + 2;
            }
            line = Bytes.lineFeed(raw, line, end) + 1;
        }
        return end;
    }

    /** The fields of the header block {@code [start, end)}, in message order. */
    public static List<HeaderField> fields(byte[] raw, int start, int end) {
        List<HeaderField> fields = new ArrayList<>();
        int line = start;
        while (line < end) {
            if (isEmptyLine(raw, line, end)) {
                break;
            }
            int fieldEnd = Math.min(Bytes.lineFeed(raw, line, end) + 1, end);
            while (fieldEnd < end && (raw[fieldEnd] == ' ' || raw[fieldEnd] == '\t')) {
                fieldEnd = Math.min(Bytes.lineFeed(raw, fieldEnd, end) + 1, end);
            }
            HeaderField field = field(raw, line, fieldEnd);
            if (field != null) {
                fields.add(field);
            }
            line = fieldEnd;
        }
        return fields;
    }

    /** The first field with the given name (case-insensitive), or null. */
    public static HeaderField first(List<HeaderField> fields, String name) {
        for (HeaderField f : fields) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }

    /** The value of the first field with the given name, or null. */
    public static String value(List<HeaderField> fields, String name) {
        HeaderField f = first(fields, name);
        return f == null ? null : f.value();
    }

    private static boolean isEmptyLine(byte[] raw, int line, int end) {
        return raw[line] == '\n' || (raw[line] == '\r' && line + 1 < end && raw[line + 1] == '\n');
    }

    private static HeaderField field(byte[] raw, int start, int end) {
        int colon = -1;
        for (int i = start; i < end && raw[i] != '\n'; i++) {
            if (raw[i] == ':') {
                colon = i;
                break;
            }
        }
        if (colon <= start || raw[start] == ' ' || raw[start] == '\t') {
            return null;
        }
        String name = Bytes.headerText(raw, start, colon).trim();
        if (name.isEmpty()) {
            return null;
        }
        String value = unfold(Bytes.headerText(raw, colon + 1, end));
        return new HeaderField(name, value, start, end);
    }

    /** Removes line breaks (RFC 5322 §2.2.3 unfolding) and trims. */
    static String unfold(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\r' && c != '\n') {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }
}
