package dev.spillway.protocol.parse;

import dev.spillway.protocol.command.Command;
import dev.spillway.protocol.command.FetchAttribute;
import dev.spillway.protocol.command.FetchAttribute.Item;
import dev.spillway.protocol.command.FetchCommand;
import dev.spillway.protocol.command.SearchReturnOptions;
import dev.spillway.protocol.command.Section;
import dev.spillway.protocol.command.SequenceSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * FETCH and UID FETCH (RFC 9051 §6.4.5), with BINARY items (RFC 3516 §4.2), MODSEQ and the
 * CHANGEDSINCE / VANISHED modifiers (RFC 7162 §3.1.4, §3.2.6), the PARTIAL modifier (RFC 9394
 * §3.2), SAVEDATE (RFC 8514) and
 * EMAILID / THREADID (RFC 8474). The macros ALL, FAST and FULL are expanded here.
 */
final class FetchParser {

    private static final List<FetchAttribute> FAST = List.of(simple(Item.FLAGS),
            simple(Item.INTERNALDATE), simple(Item.RFC822_SIZE));
    private static final List<FetchAttribute> ALL = List.of(simple(Item.FLAGS),
            simple(Item.INTERNALDATE), simple(Item.RFC822_SIZE), simple(Item.ENVELOPE));
    private static final List<FetchAttribute> FULL = List.of(simple(Item.FLAGS),
            simple(Item.INTERNALDATE), simple(Item.RFC822_SIZE), simple(Item.ENVELOPE),
            simple(Item.BODY));

    private FetchParser() {
    }

    static Command parse(String tag, ImapReader r, boolean uid) {
        r.expectSpace();
        SequenceSet set = r.takeSequenceSet(true);
        r.expectSpace();
        List<FetchAttribute> attributes = new ArrayList<>();
        if (r.takeOpenIf()) {
            do {
                attributes.add(attribute(r));
            } while (r.takeIf(' '));
            r.closeList();
        } else if (r.takeWordIf("ALL")) {
            attributes.addAll(ALL);
        } else if (r.takeWordIf("FAST")) {
            attributes.addAll(FAST);
        } else if (r.takeWordIf("FULL")) {
            attributes.addAll(FULL);
        } else {
            attributes.add(attribute(r));
        }
        OptionalLong changedSince = OptionalLong.empty();
        boolean vanished = false;
        SearchReturnOptions.PartialRange partial = null;
        if (r.takeIf(' ')) {
            r.openList();
            do {
                if (r.takeWordIf("CHANGEDSINCE") && changedSince.isEmpty()) {
                    r.expectSpace();
                    changedSince = OptionalLong.of(r.takeNzNumber64());
                } else if (r.takeWordIf("VANISHED") && !vanished) {
                    vanished = true;
                } else if (r.takeWordIf("PARTIAL") && partial == null) {
                    r.expectSpace();
                    partial = SearchParser.partialRange(r);
                } else {
                    throw r.error("Unknown or repeated FETCH modifier at offset " + r.position());
                }
            } while (r.takeIf(' '));
            r.closeList();
        }
        // RFC 7162 §3.2.6: VANISHED only in UID FETCH, and only with CHANGEDSINCE.
        if (vanished && (!uid || changedSince.isEmpty())) {
            throw r.error("VANISHED needs UID FETCH and CHANGEDSINCE");
        }
        return new FetchCommand(tag, uid, set, attributes, changedSince, vanished, partial);
    }

    private static FetchAttribute attribute(ImapReader r) {
        int start = r.position();
        String name = r.takeWhile(Chars.NAME).toUpperCase(Locale.ROOT);
        return switch (name) {
            case "BODY" -> r.peekIs('[') ? body(r, false) : simple(Item.BODY);
            case "BODY.PEEK" -> body(r, true);
            case "BINARY" -> binary(r, false);
            case "BINARY.PEEK" -> binary(r, true);
            case "BINARY.SIZE" -> new FetchAttribute.BinarySize(binarySection(r));
            case "FLAGS" -> simple(Item.FLAGS);
            case "INTERNALDATE" -> simple(Item.INTERNALDATE);
            case "RFC822" -> simple(Item.RFC822);
            case "RFC822.HEADER" -> simple(Item.RFC822_HEADER);
            case "RFC822.SIZE" -> simple(Item.RFC822_SIZE);
            case "RFC822.TEXT" -> simple(Item.RFC822_TEXT);
            case "ENVELOPE" -> simple(Item.ENVELOPE);
            case "BODYSTRUCTURE" -> simple(Item.BODYSTRUCTURE);
            case "UID" -> simple(Item.UID);
            case "MODSEQ" -> simple(Item.MODSEQ);
            case "SAVEDATE" -> simple(Item.SAVEDATE);
            case "EMAILID" -> simple(Item.EMAILID);
            case "THREADID" -> simple(Item.THREADID);
            default -> throw r.error(name.isEmpty()
                    ? "Expected a FETCH item at offset " + start
                    : "Unknown FETCH item " + name);
        };
    }

    private static FetchAttribute body(ImapReader r, boolean peek) {
        Section section = section(r);
        return new FetchAttribute.Body(peek, section, partial(r));
    }

    private static FetchAttribute binary(ImapReader r, boolean peek) {
        List<Integer> part = binarySection(r);
        return new FetchAttribute.Binary(peek, part, partial(r));
    }

    /** {@code "[" [section-part] "]"} (RFC 3516 §4.2, section-binary). */
    private static List<Integer> binarySection(ImapReader r) {
        r.expect('[');
        List<Integer> part = new ArrayList<>();
        if (!r.takeIf(']')) {
            do {
                part.add(partNumber(r));
            } while (r.takeIf('.'));
            r.expect(']');
        }
        return part;
    }

    /** {@code "[" [section-spec] "]"} (RFC 9051 §9, section). */
    private static Section section(ImapReader r) {
        r.expect('[');
        if (r.takeIf(']')) {
            return Section.WHOLE;
        }
        List<Integer> part = new ArrayList<>();
        Section.Text text = Section.Text.NONE;
        List<String> fields = List.of();
        while (true) {
            if (Chars.isDigit(r.peek())) {
                part.add(partNumber(r));
                if (r.takeIf('.')) {
                    continue;
                }
                break;
            }
            text = sectionText(r, !part.isEmpty());
            if (text == Section.Text.HEADER_FIELDS || text == Section.Text.HEADER_FIELDS_NOT) {
                r.expectSpace();
                fields = headerList(r);
            }
            break;
        }
        r.expect(']');
        return new Section(part, text, fields);
    }

    private static Section.Text sectionText(ImapReader r, boolean afterPart) {
        int start = r.position();
        String word = r.takeWhile(Chars.NAME).toUpperCase(Locale.ROOT);
        Section.Text text = switch (word) {
            case "HEADER" -> Section.Text.HEADER;
            case "HEADER.FIELDS" -> Section.Text.HEADER_FIELDS;
            case "HEADER.FIELDS.NOT" -> Section.Text.HEADER_FIELDS_NOT;
            case "TEXT" -> Section.Text.TEXT;
            case "MIME" -> Section.Text.MIME;
            default -> null;
        };
        // RFC 9051 §6.4.5: MIME only refers to a numbered part.
        if (text == null || (text == Section.Text.MIME && !afterPart)) {
            throw r.error("Invalid section at offset " + start);
        }
        return text;
    }

    private static List<String> headerList(ImapReader r) {
        r.openList();
        List<String> fields = new ArrayList<>();
        do {
            fields.add(r.takeAstring());
        } while (r.takeIf(' '));
        r.closeList();
        return fields;
    }

    private static int partNumber(ImapReader r) {
        long n = r.takeNzNumber();
        if (n > Integer.MAX_VALUE) {
            throw r.error("Part number too large");
        }
        return (int) n;
    }

    /** {@code "<" number "." nz-number ">"} (RFC 9051 §9, partial). */
    private static FetchAttribute.Partial partial(ImapReader r) {
        if (!r.takeIf('<')) {
            return null;
        }
        long origin = r.takeNumber();
        r.expect('.');
        long count = r.takeNzNumber();
        r.expect('>');
        return new FetchAttribute.Partial(origin, count);
    }

    private static FetchAttribute simple(Item item) {
        return new FetchAttribute.Simple(item);
    }
}
