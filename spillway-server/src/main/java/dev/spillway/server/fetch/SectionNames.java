package dev.spillway.server.fetch;

import dev.spillway.protocol.command.FetchAttribute;
import dev.spillway.protocol.command.Section;
import java.util.List;

/**
 * The name a body item has in the FETCH response: {@code BODY[1.2.HEADER.FIELDS (FROM)]<0>}
 * (RFC 3501 §7.4.2: the section as requested; a partial fetch shows only its origin).
 */
public final class SectionNames {
    private SectionNames() {
    }

    public static String body(Section section, FetchAttribute.Partial partial) {
        StringBuilder out = new StringBuilder("BODY[");
        appendPart(out, section.part());
        if (section.text() != Section.Text.NONE) {
            if (!section.part().isEmpty()) {
                out.append('.');
            }
            out.append(section.text().name().replace('_', '.'));
        }
        if (!section.fields().isEmpty()) {
            out.append(" (");
            for (int i = 0; i < section.fields().size(); i++) {
                if (i > 0) {
                    out.append(' ');
                }
                appendAstring(out, section.fields().get(i));
            }
            out.append(')');
        }
        out.append(']');
        appendOrigin(out, partial);
        return out.toString();
    }

    public static String binary(List<Integer> part, FetchAttribute.Partial partial) {
        StringBuilder out = new StringBuilder("BINARY[");
        appendPart(out, part);
        out.append(']');
        appendOrigin(out, partial);
        return out.toString();
    }

    public static String binarySize(List<Integer> part) {
        StringBuilder out = new StringBuilder("BINARY.SIZE[");
        appendPart(out, part);
        return out.append(']').toString();
    }

    private static void appendPart(StringBuilder out, List<Integer> part) {
        for (int i = 0; i < part.size(); i++) {
            if (i > 0) {
                out.append('.');
            }
            out.append(part.get(i));
        }
    }

    private static void appendOrigin(StringBuilder out, FetchAttribute.Partial partial) {
        if (partial != null) {
            out.append('<').append(partial.origin()).append('>');
        }
    }

    /** Header field names are atoms in practice; anything else is sent back quoted. */
    private static void appendAstring(StringBuilder out, String name) {
        boolean atom = !name.isEmpty();
        for (int i = 0; i < name.length() && atom; i++) {
            char c = name.charAt(i);
            atom = c > ' ' && c < 0x7f && "(){%*\"\\]".indexOf(c) < 0;
        }
        if (atom) {
            out.append(name);
            return;
        }
        out.append('"');
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
    }
}
