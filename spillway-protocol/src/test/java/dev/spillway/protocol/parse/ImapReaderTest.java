package dev.spillway.protocol.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillway.protocol.frame.RawCommand;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Token-level tables: each input is read by one method and must be consumed entirely. */
class ImapReaderTest {

    private static final Function<ImapReader, Object> ASTRING = ImapReader::takeAstring;
    private static final Function<ImapReader, Object> NSTRING = r -> String.valueOf(
            r.takeNstring());
    private static final Function<ImapReader, Object> NUMBER = ImapReader::takeNumber;
    private static final Function<ImapReader, Object> NZ_NUMBER = ImapReader::takeNzNumber;
    private static final Function<ImapReader, Object> NUMBER64 = ImapReader::takeNumber64;
    private static final Function<ImapReader, Object> SEQ = r -> r.takeSequenceSet(true);
    private static final Function<ImapReader, Object> SEQ_NO_SAVED = r -> r.takeSequenceSet(
            false);
    private static final Function<ImapReader, Object> DATE = ImapReader::takeDate;
    private static final Function<ImapReader, Object> DATE_TIME = ImapReader::takeDateTime;
    private static final Function<ImapReader, Object> FLAG = ImapReader::takeFlag;
    private static final Function<ImapReader, Object> FLAGS = ImapReader::takeFlagList;
    private static final Function<ImapReader, Object> MAILBOX = ImapReader::takeMailbox;
    private static final Function<ImapReader, Object> LIST_MAILBOX =
            ImapReader::takeListMailbox;
    private static final Function<ImapReader, Object> CHARSET = ImapReader::takeCharset;
    private static final Function<ImapReader, Object> ATOM = ImapReader::takeAtom;

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("astring atom", ASTRING, "abc", "abc"),
                Arguments.of("astring with ]", ASTRING, "a]b", "a]b"),
                Arguments.of("astring quoted", ASTRING, "\"a b\"", "a b"),
                Arguments.of("astring empty quoted", ASTRING, "\"\"", ""),
                Arguments.of("astring escapes", ASTRING, "\"\\\\\\\"\"", "\\\""),
                Arguments.of("astring literal", ASTRING, "{3}\r\na\"b", "a\"b"),
                Arguments.of("astring literal+", ASTRING, "{3+}\r\nxyz", "xyz"),
                Arguments.of("astring empty literal", ASTRING, "{0}\r\n", ""),
                Arguments.of("astring utf-8 quoted", ASTRING, "\"\u00e9t\u00e9\"", "\u00e9t\u00e9"),
                Arguments.of("astring tilde atom", ASTRING, "~user", "~user"),
                Arguments.of("nstring NIL", NSTRING, "NIL", "null"),
                Arguments.of("nstring nil lower", NSTRING, "nil", "null"),
                Arguments.of("nstring quoted NIL", NSTRING, "\"NIL\"", "NIL"),
                Arguments.of("number zero", NUMBER, "0", 0L),
                Arguments.of("number max", NUMBER, "4294967295", 4294967295L),
                Arguments.of("number leading zeros", NUMBER, "007", 7L),
                Arguments.of("nz-number", NZ_NUMBER, "1", 1L),
                Arguments.of("number64 max", NUMBER64, "9223372036854775807", Long.MAX_VALUE),
                Arguments.of("seq single", SEQ, "1", "1"),
                Arguments.of("seq star", SEQ, "*", "*"),
                Arguments.of("seq range", SEQ, "1:*", "1:*"),
                Arguments.of("seq reversed", SEQ, "5:2", "5:2"),
                Arguments.of("seq list", SEQ, "1,3:5,7:*", "1,3:5,7:*"),
                Arguments.of("seq saved", SEQ, "$", "$"),
                Arguments.of("seq max", SEQ, "4294967295", "4294967295"),
                Arguments.of("date", DATE, "1-Feb-1994", "1994-02-01"),
                Arguments.of("date two-digit day", DATE, "01-feb-1994", "1994-02-01"),
                Arguments.of("date quoted", DATE, "\"29-FEB-2000\"", "2000-02-29"),
                Arguments.of("date-time", DATE_TIME, "\"01-Feb-1994 13:45:00 +0100\"",
                        "1994-02-01T13:45+01:00"),
                Arguments.of("date-time space day", DATE_TIME, "\" 1-Feb-1994 13:45:00 -0530\"",
                        "1994-02-01T13:45-05:30"),
                Arguments.of("flag system", FLAG, "\\Seen", "\\Seen"),
                Arguments.of("flag keyword", FLAG, "$Forwarded", "$Forwarded"),
                Arguments.of("flag extension", FLAG, "\\X-Custom", "\\X-Custom"),
                Arguments.of("flag list", FLAGS, "(\\Seen $Junk)", "[\\Seen, $Junk]"),
                Arguments.of("flag list empty", FLAGS, "()", "[]"),
                Arguments.of("mailbox inbox", MAILBOX, "iNbOx", "INBOX"),
                Arguments.of("mailbox quoted inbox", MAILBOX, "\"inbox\"", "INBOX"),
                Arguments.of("mailbox other", MAILBOX, "Inbox.Sub", "Inbox.Sub"),
                Arguments.of("list pattern", LIST_MAILBOX, "INBOX.%.*", "INBOX.%.*"),
                Arguments.of("list pattern ]", LIST_MAILBOX, "a]*", "a]*"),
                Arguments.of("list pattern quoted", LIST_MAILBOX, "\"a b*\"", "a b*"),
                Arguments.of("charset atom", CHARSET, "UTF-8", "UTF-8"),
                Arguments.of("charset quoted", CHARSET, "\"ISO-8859-1\"", "ISO-8859-1"),
                Arguments.of("atom", ATOM, "FLAGS.SILENT", "FLAGS.SILENT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void readsToken(String name, Function<ImapReader, Object> method, String input,
            Object expected) {
        ImapReader reader = readerOver(input);

        Object value = method.apply(reader);

        assertThat(value instanceof String || value instanceof Long ? value
                : String.valueOf(value)).isEqualTo(expected);
        assertThat(reader.atEnd()).isTrue();
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("astring empty", ASTRING, "", "Missing"),
                Arguments.of("astring paren", ASTRING, "(", "Expected a string"),
                Arguments.of("astring unterminated", ASTRING, "\"abc", "Unterminated"),
                Arguments.of("astring bad escape", ASTRING, "\"a\\b\"", "Invalid escape"),
                Arguments.of("astring literal8", ASTRING, "~{1}\r\nx", "literal8"),
                Arguments.of("astring mid-line literal", ASTRING, "{1}x", "end the line"),
                Arguments.of("number empty", NUMBER, "x", "Expected number"),
                Arguments.of("number overflow", NUMBER, "4294967296", "too large"),
                Arguments.of("number64 overflow", NUMBER64, "9223372036854775808", "too large"),
                Arguments.of("nz-number zero", NZ_NUMBER, "0", "Zero"),
                Arguments.of("seq zero", SEQ, "0", "Zero"),
                Arguments.of("seq empty", SEQ, ",", "sequence set"),
                Arguments.of("seq open range", SEQ, "1:", "sequence set"),
                Arguments.of("seq too big", SEQ, "4294967296", "too large"),
                Arguments.of("seq saved refused", SEQ_NO_SAVED, "$", "not allowed"),
                Arguments.of("date bad month", DATE, "1-Foo-1994", "month"),
                Arguments.of("date short year", DATE, "1-Feb-94", "year"),
                Arguments.of("date no day", DATE, "-Feb-1994", "day"),
                Arguments.of("date impossible", DATE, "30-Feb-1994", "Invalid date"),
                Arguments.of("date-time unquoted", DATE_TIME, "01-Feb-1994 13:45:00 +0100",
                        "Expected '\"'"),
                Arguments.of("date-time no zone", DATE_TIME, "\"01-Feb-1994 13:45:00\"",
                        "Expected ' '"),
                Arguments.of("date-time bad zone", DATE_TIME, "\"01-Feb-1994 13:45:00 0100\"",
                        "time zone"),
                Arguments.of("date-time one-digit day", DATE_TIME,
                        "\"1-Feb-1994 13:45:00 +0100\"", "day"),
                Arguments.of("date-time bad hour", DATE_TIME, "\"01-Feb-1994 24:45:00 +0100\"",
                        "Invalid date-time"),
                Arguments.of("date-time bad zone minutes", DATE_TIME,
                        "\"01-Feb-1994 13:45:00 +0199\"", "Invalid date-time"),
                Arguments.of("flag star", FLAG, "\\*", "flag"),
                Arguments.of("flag empty", FLAG, "\\", "flag"),
                Arguments.of("flag quoted", FLAG, "\"x\"", "flag"),
                Arguments.of("flags unclosed", FLAGS, "(\\Seen", "Missing ')'"),
                Arguments.of("flags trailing space", FLAGS, "(\\Seen )", "flag"),
                Arguments.of("list pattern empty", LIST_MAILBOX, ")", "mailbox pattern"),
                Arguments.of("atom empty", ATOM, "(", "Expected atom"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void rejectsToken(String name, Function<ImapReader, Object> method, String input,
            String message) {
        ImapReader reader = readerOver(input);

        assertThatThrownBy(() -> method.apply(reader))
                .isInstanceOfSatisfying(CommandSyntaxException.class, e -> {
                    assertThat(e.tag()).isEqualTo("t");
                    if (message != null) {
                        assertThat(e.getMessage()).contains(message);
                    }
                });
    }

    /** A reader positioned after "t " so that errors carry the tag "t". */
    private static ImapReader readerOver(String input) {
        ImapReader reader = new ImapReader(RawCommand.fromWire("t " + input));
        reader.takeTag();
        reader.expectSpace();
        return reader;
    }
}
