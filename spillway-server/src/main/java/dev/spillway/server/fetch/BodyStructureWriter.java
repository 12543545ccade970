package dev.spillway.server.fetch;

import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.store.mime.BodyPart;
import dev.spillway.store.mime.Disposition;
import dev.spillway.store.mime.Param;
import java.util.List;
import java.util.Locale;

/**
 * Writes BODY (non-extensible) and BODYSTRUCTURE (extensible) from the stored part tree
 * (RFC 3501 §7.4.2, RFC 9051 §7.5.2, grammar "body" in §9).
 *
 * <p>A multipart is its children then the subtype; extension data adds the Content-Type
 * parameters, disposition, language and location. A leaf is type, subtype, parameters, id,
 * description, encoding and size; message/rfc822 adds the encapsulated envelope, body
 * structure and line count, text adds the line count; extension data adds MD5, disposition,
 * language and location.
 */
public final class BodyStructureWriter {
    private BodyStructureWriter() {
    }

    /**
     * @param extensible true for BODYSTRUCTURE, false for BODY
     */
    public static void write(ImapWriter out, BodyPart part, boolean extensible) {
        StructureTokens tokens = new StructureTokens();
        add(tokens, part, extensible);
        tokens.writeTo(out);
    }

    /** The value as it goes on the wire, literals included. */
    public static byte[] toBytes(BodyPart part, boolean extensible) {
        StructureTokens tokens = new StructureTokens();
        add(tokens, part, extensible);
        return tokens.toBytes();
    }

    static void add(StructureTokens out, BodyPart part, boolean extensible) {
        if (part.isMultipart()) {
            multipart(out, part, extensible);
        } else {
            leaf(out, part, extensible);
        }
    }

    private static void multipart(StructureTokens out, BodyPart part, boolean extensible) {
        out.open();
        // RFC 3501 §9: body-type-mpart = 1*body SP media-subtype; the bodies are adjacent,
        // with no space between them.
        boolean first = true;
        for (BodyPart child : part.parts()) {
            if (!first) {
                out.glue();
            }
            first = false;
            add(out, child, extensible);
        }
        out.string(upper(part.subtype()));
        if (extensible) {
            params(out, part.params());
            disposition(out, part.disposition());
            language(out, part.language());
            out.nstring(part.location());
        }
        out.close();
    }

    private static void leaf(StructureTokens out, BodyPart part, boolean extensible) {
        out.open();
        out.string(upper(part.type()));
        out.string(upper(part.subtype()));
        params(out, part.params());
        out.nstring(part.id());
        out.nstring(part.description());
        out.string(upper(part.encoding()));
        out.number(part.size());
        if (part.isMessage()) {
            EnvelopeWriter.add(out, part.envelope());
            add(out, part.message(), extensible);
            out.number(Math.max(0, part.lines()));
        } else if (part.isText()) {
            out.number(Math.max(0, part.lines()));
        }
        if (extensible) {
            out.nstring(part.md5());
            disposition(out, part.disposition());
            language(out, part.language());
            out.nstring(part.location());
        }
        out.close();
    }

    /** body-fld-param: NIL or a list of name/value pairs. */
    private static void params(StructureTokens out, List<Param> params) {
        if (params.isEmpty()) {
            out.nil();
            return;
        }
        out.open();
        for (Param p : params) {
            out.string(upper(p.name()));
            out.string(p.value());
        }
        out.close();
    }

    /** body-fld-dsp: NIL or {@code (type params)}. */
    private static void disposition(StructureTokens out, Disposition disposition) {
        if (disposition == null) {
            out.nil();
            return;
        }
        out.open();
        out.string(upper(disposition.type()));
        params(out, disposition.params());
        out.close();
    }

    /** body-fld-lang: NIL, one string, or a list of strings. */
    private static void language(StructureTokens out, List<String> language) {
        if (language.isEmpty()) {
            out.nil();
        } else if (language.size() == 1) {
            out.string(language.get(0));
        } else {
            out.open();
            for (String tag : language) {
                out.string(tag);
            }
            out.close();
        }
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
