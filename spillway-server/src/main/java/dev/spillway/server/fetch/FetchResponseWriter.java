package dev.spillway.server.fetch;

import dev.spillway.protocol.command.FetchAttribute;
import dev.spillway.protocol.command.FetchAttribute.Item;
import dev.spillway.protocol.command.Section;
import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.command.FlagsWriter;
import dev.spillway.server.error.ImapException;
import dev.spillway.store.StoreException;
import dev.spillway.store.mime.BodyPart;
import dev.spillway.store.mime.MessageStructure;
import dev.spillway.store.mime.TransferDecoding;
import java.util.List;
import java.util.Optional;

/**
 * Writes one message's {@code * n FETCH (...)} response (RFC 3501 §7.4.2) for a list of data
 * items, in the order given; or, once UIDONLY is on, {@code * uid UIDFETCH (...)} (RFC 9586
 * §3.3), which names the message by its UID and so carries no UID item.
 *
 * <p>Every value is computed before the first octet is written, so a failure (the message
 * vanished, or BINARY meets an unknown transfer encoding) never leaves half a response.
 */
public final class FetchResponseWriter {
    /** RFC 3516 §4.3: BINARY cannot undo this part's Content-Transfer-Encoding. */
    public static final ResponseCode UNKNOWN_CTE = new ResponseCode("UNKNOWN-CTE", null);

    private static final FetchAttribute UID = new FetchAttribute.Simple(Item.UID);

    private final List<FetchAttribute> attributes;
    private final boolean uidFetch;

    /**
     * @param attributes the items to write, without duplicates; SAVEDATE, EMAILID and
     *     THREADID must have been refused before
     * @param uidFetch whether to write UIDFETCH responses (RFC 9586 §3.3)
     */
    public FetchResponseWriter(List<FetchAttribute> attributes, boolean uidFetch) {
        List<FetchAttribute> withoutUid = attributes.stream().filter(a -> !a.equals(UID))
                .toList();
        // A msg-att list holds at least one item (RFC 9051 §9), so a bare UID stays.
        this.attributes = uidFetch && !withoutUid.isEmpty() ? withoutUid
                : List.copyOf(attributes);
        this.uidFetch = uidFetch;
    }

    /** Writes FETCH responses. */
    public FetchResponseWriter(List<FetchAttribute> attributes) {
        this(attributes, false);
    }

    /**
     * Writes the response for message {@code seq}; a UIDFETCH response names the message by
     * its UID instead.
     *
     * @param recent whether the message is {@code \Recent} in this session
     * @throws StoreException NONEXISTENT if the message is gone from the store
     * @throws ImapException NO [UNKNOWN-CTE] for BINARY of an undecodable part
     */
    public void write(ImapWriter out, int seq, FetchedMessage message, boolean recent)
            throws StoreException, ImapException {
        Object[] values = new Object[attributes.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(attributes.get(i), message);
        }
        if (uidFetch) {
            out.untagged().number(message.meta().uid()).atom("UIDFETCH").openList();
        } else {
            out.untagged().number(seq).atom("FETCH").openList();
        }
        for (int i = 0; i < values.length; i++) {
            item(out, attributes.get(i), values[i], message, recent);
        }
        out.closeList().crlf();
    }

    /** The octets, structure or number an item needs; null for items read from the meta. */
    private static Object value(FetchAttribute attribute, FetchedMessage m)
            throws StoreException, ImapException {
        if (attribute instanceof FetchAttribute.Simple simple) {
            return switch (simple.item()) {
                case RFC822 -> m.raw();
                case RFC822_HEADER -> Sections.slice(m.header(), m.structure(),
                        new Section(List.of(), Section.Text.HEADER, List.of())).orElseThrow();
                case RFC822_TEXT -> Sections.slice(m.raw(), m.structure(),
                        new Section(List.of(), Section.Text.TEXT, List.of())).orElseThrow();
                case ENVELOPE, BODY, BODYSTRUCTURE -> m.structure();
                default -> null;
            };
        }
        if (attribute instanceof FetchAttribute.Body body) {
            byte[] source = topLevelHeader(body.section()) ? m.header() : m.raw();
            Optional<byte[]> data = Sections.slice(source, m.structure(), body.section());
            return data.map(d -> Sections.window(d, body.partial())).orElse(null);
        }
        if (attribute instanceof FetchAttribute.Binary binary) {
            byte[] decoded = decoded(m, binary.part());
            return decoded == null ? null : Sections.window(decoded, binary.partial());
        }
        FetchAttribute.BinarySize size = (FetchAttribute.BinarySize) attribute;
        byte[] decoded = decoded(m, size.part());
        return decoded == null ? null : (long) decoded.length;
    }

    /** HEADER, HEADER.FIELDS and HEADER.FIELDS.NOT of the message itself need no body. */
    private static boolean topLevelHeader(Section section) {
        return section.part().isEmpty() && (section.text() == Section.Text.HEADER
                || section.text() == Section.Text.HEADER_FIELDS
                || section.text() == Section.Text.HEADER_FIELDS_NOT);
    }

    /**
     * BINARY content (RFC 3516 §4.2): the whole message for an empty section, else the part's
     * body with its transfer encoding undone; null when there is no such part.
     */
    private static byte[] decoded(FetchedMessage m, List<Integer> part)
            throws StoreException, ImapException {
        if (part.isEmpty()) {
            return m.raw();
        }
        Optional<BodyPart> found = Sections.binaryPart(m.structure(), part);
        if (found.isEmpty()) {
            return null;
        }
        Optional<byte[]> decoded = TransferDecoding.decode(m.raw(), found.get());
        if (decoded.isEmpty()) {
            throw ImapException.no(UNKNOWN_CTE, "Cannot decode Content-Transfer-Encoding "
                    + found.get().encoding());
        }
        return decoded.get();
    }

    private static void item(ImapWriter out, FetchAttribute attribute, Object value,
            FetchedMessage m, boolean recent) {
        if (attribute instanceof FetchAttribute.Simple simple) {
            simple(out, simple.item(), value, m, recent);
        } else if (attribute instanceof FetchAttribute.Body body) {
            out.text(SectionNames.body(body.section(), body.partial()));
            octets(out, (byte[]) value);
        } else if (attribute instanceof FetchAttribute.Binary binary) {
            out.text(SectionNames.binary(binary.part(), binary.partial()));
            octets(out, (byte[]) value);
        } else {
            FetchAttribute.BinarySize size = (FetchAttribute.BinarySize) attribute;
            out.text(SectionNames.binarySize(size.part()));
            if (value == null) {
                out.nil();
            } else {
                out.number((Long) value);
            }
        }
    }

    private static void simple(ImapWriter out, Item item, Object value, FetchedMessage m,
            boolean recent) {
        switch (item) {
            case FLAGS -> FlagsWriter.write(out.atom("FLAGS"), m.meta().flags(), recent);
            case INTERNALDATE -> out.atom("INTERNALDATE")
                    .string(InternalDates.format(m.meta().internalDate()));
            case RFC822_SIZE -> out.atom("RFC822.SIZE").number(m.meta().size());
            case UID -> out.atom("UID").number(m.meta().uid());
            case MODSEQ -> out.atom("MODSEQ").openList().number(m.meta().modSeq()).closeList();
            case RFC822 -> octets(out.atom("RFC822"), (byte[]) value);
            case RFC822_HEADER -> octets(out.atom("RFC822.HEADER"), (byte[]) value);
            case RFC822_TEXT -> octets(out.atom("RFC822.TEXT"), (byte[]) value);
            case ENVELOPE -> EnvelopeWriter.write(out.atom("ENVELOPE"),
                    structure(value).envelope());
            case BODY -> BodyStructureWriter.write(out.atom("BODY"), structure(value).body(),
                    false);
            case BODYSTRUCTURE -> BodyStructureWriter.write(out.atom("BODYSTRUCTURE"),
                    structure(value).body(), true);
            default -> throw new IllegalStateException(item + " must be refused earlier");
        }
    }

    /**
     * Message octets: NIL for null, a string, or a literal8 when they contain NUL. RFC 3516
     * §4.2 asks for literal8 only then, and no other form can carry NUL: a literal's CHAR8
     * excludes it (RFC 9051 §9). A message appended as literal8 (RFC 3516 §4.4) may hold
     * NUL; its BODY[] and RFC822 then go out as literal8 too, so the octets come back as
     * they were stored.
     */
    private static void octets(ImapWriter out, byte[] value) {
        if (value == null) {
            out.nil();
            return;
        }
        for (byte b : value) {
            if (b == 0) {
                out.literal8(value);
                return;
            }
        }
        out.string(value);
    }

    private static MessageStructure structure(Object value) {
        return (MessageStructure) value;
    }
}
