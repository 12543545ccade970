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
 * items, in the order given.
 *
 * <p>Every value is computed before the first octet is written, so a failure (the message
 * vanished, or BINARY meets an unknown transfer encoding) never leaves half a response.
 */
public final class FetchResponseWriter {
    /** RFC 3516 §4.3: BINARY cannot undo this part's Content-Transfer-Encoding. */
    public static final ResponseCode UNKNOWN_CTE = new ResponseCode("UNKNOWN-CTE", null);

    private final List<FetchAttribute> attributes;

    /**
     * @param attributes the items to write, without duplicates; SAVEDATE, EMAILID and
     *     THREADID must have been refused before
     */
    public FetchResponseWriter(List<FetchAttribute> attributes) {
        this.attributes = List.copyOf(attributes);
    }

    /**
     * Writes the response for message {@code seq}.
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
        out.untagged().number(seq).atom("FETCH").openList();
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
            out.nstring((byte[]) value);
        } else if (attribute instanceof FetchAttribute.Binary binary) {
            out.text(SectionNames.binary(binary.part(), binary.partial()));
            binaryValue(out, (byte[]) value);
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
            case RFC822 -> out.atom("RFC822").string((byte[]) value);
            case RFC822_HEADER -> out.atom("RFC822.HEADER").string((byte[]) value);
            case RFC822_TEXT -> out.atom("RFC822.TEXT").string((byte[]) value);
            case ENVELOPE -> EnvelopeWriter.write(out.atom("ENVELOPE"),
                    structure(value).envelope());
            case BODY -> BodyStructureWriter.write(out.atom("BODY"), structure(value).body(),
                    false);
            case BODYSTRUCTURE -> BodyStructureWriter.write(out.atom("BODYSTRUCTURE"),
                    structure(value).body(), true);
            default -> throw new IllegalStateException(item + " must be refused earlier");
        }
    }

    /** RFC 3516 §4.2: literal8 is needed only when the data contains NUL. */
    private static void binaryValue(ImapWriter out, byte[] value) {
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
