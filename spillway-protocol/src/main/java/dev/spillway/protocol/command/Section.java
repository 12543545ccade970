package dev.spillway.protocol.command;

import java.util.List;

/**
 * A body section: part numbers then an optional text specifier (RFC 9051 §6.4.5, section-spec).
 * {@code BODY[]} is an empty part list with {@link Text#NONE}.
 *
 * @param part part numbers such as {@code [1, 2, 3]} for {@code 1.2.3}; may be empty
 * @param text the text specifier
 * @param fields header field names for HEADER.FIELDS and HEADER.FIELDS.NOT, else empty
 */
public record Section(List<Integer> part, Text text, List<String> fields) {

    /** The whole message, {@code BODY[]}. */
    public static final Section WHOLE = new Section(List.of(), Text.NONE, List.of());

    /** Text specifiers. MIME is only valid after part numbers. */
    public enum Text { NONE, HEADER, HEADER_FIELDS, HEADER_FIELDS_NOT, TEXT, MIME }

    /** Copies the lists. */
    public Section {
        part = List.copyOf(part);
        fields = List.copyOf(fields);
    }
}
