package dev.spillway.store.mime;

/**
 * One header field as found in the raw message.
 *
 * @param name  the field name as written, without the colon
 * @param value the value unfolded (line breaks before folding whitespace removed) and trimmed,
 *              not decoded
 * @param start offset of the field's first octet
 * @param end   offset just past the field's last line break (folded lines included)
 */
public record HeaderField(String name, String value, int start, int end) {
}
