package dev.spillway.store.mime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes a {@link MessageStructure} from raw message octets. Entities are split on the raw
 * bytes (RFC 2046 §5.1.1 boundaries, RFC 5322 header/body split) so that offsets are exact;
 * mime4j parses the structured header values. Malformed input never fails: an invalid
 * Content-Type becomes {@code text/plain} (RFC 2045 §5.2), a multipart without a usable
 * boundary is treated as text, a missing close delimiter ends the last part at the end of its
 * parent, and nesting deeper than {@link #MAX_DEPTH} is reported as
 * {@code application/octet-stream} instead of being descended into.
 */
public final class MimeAnalyzer {
    /** Deepest nesting of multiparts and encapsulated messages that is analysed. */
    public static final int MAX_DEPTH = 32;

    private static final Logger LOG = LoggerFactory.getLogger(MimeAnalyzer.class);
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private final byte[] raw;

    private MimeAnalyzer(byte[] raw) {
        this.raw = raw;
    }

    /** Analyses a whole message. Never throws for any input. */
    public static MessageStructure analyze(byte[] raw) {
        try {
            MimeAnalyzer analyzer = new MimeAnalyzer(raw);
            int bodyStart = HeaderParser.bodyStart(raw, 0, raw.length);
            List<HeaderField> fields = HeaderParser.fields(raw, 0, bodyStart);
            BodyPart body = analyzer.entity(0, raw.length, false, 0);
            return new MessageStructure(EnvelopeBuilder.build(fields), body);
        } catch (RuntimeException e) {
            // Defence in depth: the parsers are lenient, but a stored message must never be
            // refused because its structure could not be worked out.
            LOG.warn("MIME analysis failed, storing the message as opaque text", e);
            return fallback(raw);
        }
    }

    /** A single text/plain part covering the whole message after its header. */
    static MessageStructure fallback(byte[] raw) {
        int bodyStart = HeaderParser.bodyStart(raw, 0, raw.length);
        BodyPart body = new BodyPart("TEXT", "PLAIN",
                List.of(new Param("CHARSET", "US-ASCII")), null, null, "7BIT",
                raw.length - bodyStart, Bytes.lines(raw, bodyStart, raw.length), null, null,
                List.of(), null, null, List.of(), null, 0, bodyStart, raw.length);
        return new MessageStructure(Envelope.EMPTY, body);
    }

    private BodyPart entity(int start, int end, boolean inDigest, int depth) {
        int bodyStart = HeaderParser.bodyStart(raw, start, end);
        List<HeaderField> fields = HeaderParser.fields(raw, start, bodyStart);
        String type = inDigest ? "MESSAGE" : "TEXT";
        String subtype = inDigest ? "RFC822" : "PLAIN";
        List<Param> params = List.of();
        String contentType = HeaderParser.value(fields, "Content-Type");
        if (contentType != null) {
            HeaderParams ct = HeaderParams.parse(contentType);
            int slash = ct.value().indexOf('/');
            String t = slash < 0 ? "" : ct.value().substring(0, slash).strip();
            String s = slash < 0 ? "" : ct.value().substring(slash + 1).strip();
            if (TOKEN.matcher(t).matches() && TOKEN.matcher(s).matches()) {
                type = t;
                subtype = s;
                params = ct.params();
            } else {
                type = "TEXT";
                subtype = "PLAIN";
            }
        }
        Headers h = new Headers(fields);
        boolean multipart = type.equalsIgnoreCase("multipart");
        boolean message = type.equalsIgnoreCase("message")
                && (subtype.equalsIgnoreCase("rfc822") || subtype.equalsIgnoreCase("global"));
        if ((multipart || message) && depth >= MAX_DEPTH) {
            type = "APPLICATION";
            subtype = "OCTET-STREAM";
            multipart = false;
            message = false;
        }
        if (multipart) {
            List<BodyPart> children = children(bodyStart, end, params, subtype, depth);
            if (!children.isEmpty()) {
                return h.part(type, subtype, params, List.copyOf(children), null, null, -1,
                        start, bodyStart, end);
            }
            type = "TEXT";
            subtype = "PLAIN";
            params = List.of();
        }
        if (type.equalsIgnoreCase("text") && findParam(params, "charset") == null) {
            List<Param> withCharset = new ArrayList<>(params);
            withCharset.add(new Param("CHARSET", "US-ASCII"));
            params = List.copyOf(withCharset);
        }
        long lines = Bytes.lines(raw, bodyStart, end);
        if (message) {
            int innerBodyStart = HeaderParser.bodyStart(raw, bodyStart, end);
            Envelope envelope = EnvelopeBuilder.build(
                    HeaderParser.fields(raw, bodyStart, innerBodyStart));
            BodyPart inner = entity(bodyStart, end, false, depth + 1);
            return h.part(type, subtype, params, List.of(), envelope, inner, lines,
                    start, bodyStart, end);
        }
        long textLines = type.equalsIgnoreCase("text") ? lines : -1;
        return h.part(type, subtype, params, List.of(), null, null, textLines,
                start, bodyStart, end);
    }

    /** Splits a multipart body at its boundary; empty if there is no usable boundary. */
    private List<BodyPart> children(int bodyStart, int end, List<Param> params,
            String subtype, int depth) {
        String boundary = findParam(params, "boundary");
        if (boundary == null || boundary.isEmpty()) {
            return List.of();
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.UTF_8);
        boolean digest = subtype.equalsIgnoreCase("digest");
        List<BodyPart> children = new ArrayList<>();
        int partStart = -1;
        int line = bodyStart;
        while (line < end) {
            int lf = Bytes.lineFeed(raw, line, end);
            int kind = delimiterKind(line, lf, delimiter);
            if (kind != 0) {
                if (partStart >= 0) {
                    children.add(entity(partStart, partEnd(partStart, line), digest, depth + 1));
                }
                if (kind == 2) {
                    return children;
                }
                partStart = Math.min(lf + 1, end);
            }
            line = lf + 1;
        }
        if (partStart >= 0) {
            children.add(entity(partStart, end, digest, depth + 1));
        }
        return children;
    }

    /** The line break before a delimiter belongs to the delimiter (RFC 2046 §5.1.1). */
    private int partEnd(int partStart, int delimiterLine) {
        int e = delimiterLine;
        if (e > partStart && raw[e - 1] == '\n') {
            e--;
            if (e > partStart && raw[e - 1] == '\r') {
                e--;
            }
        }
        return e;
    }

    /** 0: not a delimiter line; 1: a part delimiter; 2: the close delimiter. */
    private int delimiterKind(int line, int lineEnd, byte[] delimiter) {
        if (lineEnd - line < delimiter.length) {
            return 0;
        }
        for (int i = 0; i < delimiter.length; i++) {
            if (raw[line + i] != delimiter[i]) {
                return 0;
            }
        }
        int i = line + delimiter.length;
        int kind = 1;
        if (i + 1 < lineEnd && raw[i] == '-' && raw[i + 1] == '-') {
            kind = 2;
            i += 2;
        }
        for (; i < lineEnd; i++) {
            // Transport padding: only linear white space may follow a delimiter.
            if (raw[i] != ' ' && raw[i] != '\t' && raw[i] != '\r') {
                return 0;
            }
        }
        return kind;
    }

    static String findParam(List<Param> params, String name) {
        for (Param p : params) {
            if (p.name().equalsIgnoreCase(name)) {
                return p.value();
            }
        }
        return null;
    }

    /** The per-entity header values BODYSTRUCTURE reports besides the content type. */
    private final class Headers {
        private final List<HeaderField> fields;

        Headers(List<HeaderField> fields) {
            this.fields = fields;
        }

        BodyPart part(String type, String subtype, List<Param> params, List<BodyPart> parts,
                Envelope envelope, BodyPart message, long lines, int start, int bodyStart,
                int end) {
            return new BodyPart(type, subtype, params,
                    HeaderParser.value(fields, "Content-ID"),
                    HeaderParser.value(fields, "Content-Description"),
                    encoding(), end - bodyStart, lines, envelope, message, parts,
                    HeaderParser.value(fields, "Content-MD5"), disposition(), language(),
                    location(), start, bodyStart, end);
        }

        private String encoding() {
            String value = HeaderParser.value(fields, "Content-Transfer-Encoding");
            if (value == null) {
                return "7BIT";
            }
            String token = HeaderParams.parse(value).value();
            return TOKEN.matcher(token).matches() ? token : "7BIT";
        }

        private Disposition disposition() {
            String value = HeaderParser.value(fields, "Content-Disposition");
            if (value == null) {
                return null;
            }
            HeaderParams parsed = HeaderParams.parse(value);
            return parsed.value().isEmpty() ? null
                    : new Disposition(parsed.value(), parsed.params());
        }

        private List<String> language() {
            String value = HeaderParser.value(fields, "Content-Language");
            if (value == null) {
                return List.of();
            }
            List<String> tags = new ArrayList<>();
            for (String tag : value.split(",")) {
                String t = tag.replaceAll("\\([^)]*\\)", "").strip();
                if (!t.isEmpty()) {
                    tags.add(t);
                }
            }
            return List.copyOf(tags);
        }

        private String location() {
            String value = HeaderParser.value(fields, "Content-Location");
            // RFC 2557 §4.4.1: folding whitespace inside a long URI is not part of it.
            return value == null ? null : value.replaceAll("[ \t]+", "");
        }
    }
}
