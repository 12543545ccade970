package dev.spillway.store.mime;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.util.CharsetUtil;

/**
 * Text for SEARCH (RFC 3501 §6.4.4): header values with RFC 2047 encoded words decoded, and
 * body text with transfer encoding and charset undone. Never throws on bad input: unknown
 * charsets fall back to UTF-8 with replacement characters, unknown encodings are skipped.
 */
public final class TextExtractor {
    private TextExtractor() {
    }

    /** A header value with encoded words decoded, for SEARCH FROM/SUBJECT/HEADER. */
    public static String decodeHeader(String rawValue) {
        if (rawValue == null) {
            return "";
        }
        try {
            return DecoderUtil.decodeEncodedWords(rawValue, DecodeMonitor.SILENT);
        } catch (IllegalArgumentException e) {
            return rawValue;
        }
    }

    /** The decoded values of every field named {@code name} in the header block. */
    public static List<String> headerValues(byte[] raw, BodyPart part, String name) {
        return HeaderParser.fields(raw, part.headerStart(), part.bodyStart()).stream()
                .filter(f -> f.name().equalsIgnoreCase(name))
                .map(f -> decodeHeader(f.value()))
                .toList();
    }

    /** The whole header block decoded, one field per line, for SEARCH TEXT. */
    public static String headerText(byte[] raw, BodyPart part) {
        StringBuilder sb = new StringBuilder();
        for (HeaderField f : HeaderParser.fields(raw, part.headerStart(), part.bodyStart())) {
            sb.append(f.name()).append(": ").append(decodeHeader(f.value())).append('\n');
        }
        return sb.toString();
    }

    /**
     * The text of every text/* leaf below {@code part}, decoded, for SEARCH BODY. Encapsulated
     * messages contribute their header text too, since it is part of the outer body.
     */
    public static String bodyText(byte[] raw, BodyPart part) {
        StringBuilder sb = new StringBuilder();
        collect(raw, part, sb);
        return sb.toString();
    }

    private static void collect(byte[] raw, BodyPart part, StringBuilder sb) {
        if (part.isMultipart()) {
            for (BodyPart child : part.parts()) {
                collect(raw, child, sb);
            }
        } else if (part.isMessage()) {
            sb.append(headerText(raw, part.message()));
            collect(raw, part.message(), sb);
        } else if (part.isText()) {
            Optional<byte[]> decoded = TransferDecoding.decode(raw, part);
            if (decoded.isPresent()) {
                sb.append(new String(decoded.get(), charset(part.param("charset"))));
                sb.append('\n');
            }
        }
    }

    private static Charset charset(String name) {
        if (name == null || name.equalsIgnoreCase("us-ascii")) {
            // Undeclared 8-bit text is in practice UTF-8 far more often than anything else.
            return StandardCharsets.UTF_8;
        }
        Charset charset = CharsetUtil.lookup(name);
        return charset == null ? StandardCharsets.UTF_8 : charset;
    }
}
