package dev.spillway.store.mime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Byte-level helpers shared by the parsers. */
final class Bytes {
    private Bytes() {
    }

    /**
     * Header octets as text: UTF-8 when they are valid UTF-8 (RFC 6532 allows it), otherwise
     * ISO-8859-1 so that every octet survives as one character.
     */
    static String headerText(byte[] raw, int start, int end) {
        for (int i = start; i < end; i++) {
            if (raw[i] < 0) {
                try {
                    return StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(raw, start, end - start))
                            .toString();
                } catch (CharacterCodingException e) {
                    return new String(raw, start, end - start, StandardCharsets.ISO_8859_1);
                }
            }
        }
        return new String(raw, start, end - start, StandardCharsets.US_ASCII);
    }

    /** Index of the next LF at or after {@code from}, or {@code end} if none. */
    static int lineFeed(byte[] raw, int from, int end) {
        for (int i = from; i < end; i++) {
            if (raw[i] == '\n') {
                return i;
            }
        }
        return end;
    }

    /**
     * Lines of a body: its LF count, plus one for a last line without a line break. RFC 3501
     * §7.4.2 leaves the counting rule open; this matches what clients expect from CRLF text.
     */
    static long lines(byte[] raw, int start, int end) {
        long n = 0;
        for (int i = start; i < end; i++) {
            if (raw[i] == '\n') {
                n++;
            }
        }
        if (end > start && raw[end - 1] != '\n') {
            n++;
        }
        return n;
    }
}
