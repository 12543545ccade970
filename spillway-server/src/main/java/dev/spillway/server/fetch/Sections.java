package dev.spillway.server.fetch;

import dev.spillway.protocol.command.FetchAttribute;
import dev.spillway.protocol.command.Section;
import dev.spillway.store.mime.BodyPart;
import dev.spillway.store.mime.HeaderFields;
import dev.spillway.store.mime.MessageStructure;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Cuts {@code BODY[section]} out of a raw message with the stored part offsets
 * (RFC 3501 §6.4.5).
 *
 * <p>Part numbers name a part as {@link MessageStructure#part(int...)} resolves them. Without a
 * text specifier the result is the part's body (for message/rfc822 the whole encapsulated
 * message); MIME is the part's own header. HEADER, HEADER.FIELDS, HEADER.FIELDS.NOT and TEXT
 * apply to the top-level message or, after part numbers, to the message inside a
 * message/rfc822 part; a section that does not exist yields empty.
 */
public final class Sections {
    private Sections() {
    }

    /** The octets of {@code section}, or empty when the message has no such section. */
    public static Optional<byte[]> slice(byte[] raw, MessageStructure structure,
            Section section) {
        BodyPart part;
        if (section.part().isEmpty()) {
            if (section.text() == Section.Text.NONE) {
                return Optional.of(raw);
            }
            part = structure.body();
        } else {
            Optional<BodyPart> found = structure.part(numbers(section.part()));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            part = found.get();
            if (section.text() == Section.Text.NONE) {
                return Optional.of(cut(raw, part.bodyStart(), part.end()));
            }
            if (section.text() == Section.Text.MIME) {
                return Optional.of(cut(raw, part.headerStart(), part.bodyStart()));
            }
            // RFC 3501 §6.4.5: HEADER and TEXT after part numbers only for message/rfc822.
            if (!part.isMessage()) {
                return Optional.empty();
            }
            part = part.message();
        }
        return Optional.of(switch (section.text()) {
            case HEADER -> cut(raw, part.headerStart(), part.bodyStart());
            case TEXT -> cut(raw, part.bodyStart(), part.end());
            case HEADER_FIELDS -> HeaderFields.select(raw, part, section.fields(), false);
            case HEADER_FIELDS_NOT -> HeaderFields.select(raw, part, section.fields(), true);
            case NONE, MIME -> throw new IllegalStateException("handled above");
        });
    }

    /** The body part that {@code BINARY[part]} decodes, or empty when there is none. */
    public static Optional<BodyPart> binaryPart(MessageStructure structure, List<Integer> part) {
        return part.isEmpty() ? Optional.of(structure.body())
                : structure.part(numbers(part));
    }

    /**
     * The {@code <origin.count>} window of {@code data} (RFC 3501 §6.4.5): empty when the
     * origin lies past the end, cut short when the data ends first.
     */
    public static byte[] window(byte[] data, FetchAttribute.Partial partial) {
        if (partial == null) {
            return data;
        }
        if (partial.origin() >= data.length) {
            return new byte[0];
        }
        int from = (int) partial.origin();
        long to = Math.min(data.length, from + partial.count());
        return Arrays.copyOfRange(data, from, (int) to);
    }

    private static byte[] cut(byte[] raw, int from, int to) {
        return Arrays.copyOfRange(raw, Math.min(from, raw.length), Math.min(to, raw.length));
    }

    private static int[] numbers(List<Integer> part) {
        return part.stream().mapToInt(Integer::intValue).toArray();
    }
}
