package dev.spillway.store.mime;

import java.util.List;

/**
 * One entity of a message: the BODYSTRUCTURE data of RFC 3501 §7.4.2 (RFC 9051 §7.5.2) plus
 * where the entity lies in the raw message.
 *
 * <p>Offsets: {@code [headerStart, bodyStart)} is the MIME header including the blank line that
 * ends it, {@code [bodyStart, end)} the body. For a multipart child, the line break before the
 * next boundary belongs to the boundary (RFC 2046 §5.1.1), not to the child. For the top-level
 * entity the header is the message header.
 *
 * @param type        media type as written, {@code TEXT} if absent or invalid
 * @param subtype     media subtype as written, {@code PLAIN} if absent or invalid
 * @param params      Content-Type parameters in order; text parts get {@code CHARSET US-ASCII}
 *                    if they have no charset (RFC 2045 §5.2)
 * @param id          Content-ID, or null
 * @param description Content-Description, or null
 * @param encoding    Content-Transfer-Encoding as written, {@code 7BIT} if absent
 * @param size        body size in octets
 * @param lines       body size in lines for text and message/rfc822 parts, else -1
 * @param envelope    for message/rfc822: the encapsulated message's envelope, else null
 * @param message     for message/rfc822: the encapsulated message's top entity, else null
 * @param parts       for multipart: the children (at least one), else empty
 * @param md5         Content-MD5, or null
 * @param disposition Content-Disposition, or null
 * @param language    Content-Language tags, empty if none
 * @param location    Content-Location (RFC 2557), or null
 * @param headerStart offset of the first header octet
 * @param bodyStart   offset of the first body octet
 * @param end         offset just past the body
 */
public record BodyPart(
        String type,
        String subtype,
        List<Param> params,
        String id,
        String description,
        String encoding,
        long size,
        long lines,
        Envelope envelope,
        BodyPart message,
        List<BodyPart> parts,
        String md5,
        Disposition disposition,
        List<String> language,
        String location,
        int headerStart,
        int bodyStart,
        int end) {

    public boolean isMultipart() {
        return type.equalsIgnoreCase("multipart") && !parts.isEmpty();
    }

    /** True for an encapsulated message (message/rfc822 or message/global, RFC 6532 §3.5). */
    public boolean isMessage() {
        return message != null;
    }

    public boolean isText() {
        return type.equalsIgnoreCase("text");
    }

    /** The value of a Content-Type parameter, name matched without regard to case, or null. */
    public String param(String name) {
        for (Param p : params) {
            if (p.name().equalsIgnoreCase(name)) {
                return p.value();
            }
        }
        return null;
    }
}
