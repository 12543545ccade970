package dev.spillway.protocol.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Golden outputs of the writer. */
class ImapWriterTest {

    private static String write(Consumer<ImapWriter> steps) {
        ByteArraySink sink = new ByteArraySink();
        steps.accept(new ImapWriter(sink));
        return sink.toString();
    }

    static Stream<Arguments> strings() {
        return Stream.of(
                Arguments.of("plain", "plain", "\"plain\""),
                Arguments.of("empty", "", "\"\""),
                Arguments.of("quote", "a\"b", "\"a\\\"b\""),
                Arguments.of("backslash", "a\\b", "\"a\\\\b\""),
                Arguments.of("space", "a b", "\"a b\""),
                Arguments.of("8-bit", "caf\u00e9", "{5}\r\ncaf\u00c3\u00a9"),
                Arguments.of("CR", "a\rb", "{3}\r\na\rb"),
                Arguments.of("LF", "a\nb", "{3}\r\na\nb"),
                Arguments.of("NUL", "a\u0000b", "{3}\r\na\u0000b"),
                Arguments.of("at quoted limit", "x".repeat(1024),
                        "\"" + "x".repeat(1024) + "\""),
                Arguments.of("past quoted limit", "x".repeat(1025),
                        "{1025}\r\n" + "x".repeat(1025)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strings")
    void stringChoosesQuotedOrLiteral(String name, String value, String expected) {
        assertThat(write(w -> w.string(value))).isEqualTo(expected);
    }

    static Stream<Arguments> astrings() {
        return Stream.of(
                Arguments.of("INBOX", "INBOX"),
                Arguments.of("a]b", "a]b"),
                Arguments.of("", "\"\""),
                Arguments.of("NIL", "\"NIL\""),
                Arguments.of("nil", "\"nil\""),
                Arguments.of("a b", "\"a b\""),
                Arguments.of("a%", "\"a%\""),
                Arguments.of("a(", "\"a(\""),
                Arguments.of("{3}", "\"{3}\""),
                Arguments.of("\u00e9", "{2}\r\n\u00c3\u00a9"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("astrings")
    void astringUsesAtomWhenPossible(String value, String expected) {
        assertThat(write(w -> w.astring(value))).isEqualTo(expected);
    }

    @Test
    void spacesTokensAutomatically() {
        assertThat(write(w -> w.untagged().atom("LIST").openList().flag("\\HasNoChildren")
                .closeList().quoted("/").astring("INBOX").crlf()))
                .isEqualTo("* LIST (\\HasNoChildren) \"/\" INBOX\r\n");
    }

    @Test
    void adjoinGluesTheNextListToTheClosedOne() {
        assertThat(write(w -> w.openList().openList().literal(new byte[] {'x'}).closeList()
                .adjoin().openList().nil().closeList().atom("MIXED").closeList()))
                .isEqualTo("(({1}\r\nx)(NIL) MIXED)");
        assertThat(write(w -> w.atom("A").adjoin().atom("B").atom("C"))).isEqualTo("AB C");
    }

    @Test
    void writesNestedListsAndNil() {
        assertThat(write(w -> w.untagged().atom("ID").openList().string("name")
                .string("Spillway").string("os").nil().openList().closeList().closeList()
                .crlf())).isEqualTo("* ID (\"name\" \"Spillway\" \"os\" NIL ()) \r\n"
                        .replace(" \r\n", "\r\n"));
    }

    @Test
    void writesFlagsIncludingPermanentWildcard() {
        assertThat(write(w -> w.untagged().atom("FLAGS").flags(List.of("\\Seen", "$Junk"))
                .crlf())).isEqualTo("* FLAGS (\\Seen $Junk)\r\n");
        assertThat(write(w -> w.flags(List.of("\\*")))).isEqualTo("(\\*)");
    }

    @Test
    void writesTaggedNoUnavailable() {
        StatusResponse response = StatusResponse.tagged("A1", Status.NO,
                ResponseCode.UNAVAILABLE, "Completed");

        assertThat(write(response::writeTo)).isEqualTo("A1 NO [UNAVAILABLE] Completed\r\n");
    }

    @Test
    void writesUntaggedStatusWithCodeArguments() {
        assertThat(write(w -> w.status(null, Status.OK, ResponseCode.of("uidvalidity",
                3857529045L), "UIDs valid")))
                .isEqualTo("* OK [UIDVALIDITY 3857529045] UIDs valid\r\n");
        assertThat(write(w -> w.status(null, Status.BYE, null, "Logging out")))
                .isEqualTo("* BYE Logging out\r\n");
    }

    @Test
    void writesContinuations() {
        assertThat(write(ContinuationResponse.READY::writeTo)).isEqualTo("+ Ready\r\n");
        assertThat(write(w -> w.continuation(""))).isEqualTo("+ \r\n");
    }

    @Test
    void writesLiteral8() {
        assertThat(write(w -> w.literal8(new byte[] {1, 0, 2})))
                .isEqualTo("~{3}\r\n\u0001\u0000\u0002");
    }

    @Test
    void writesNumbers() {
        assertThat(write(w -> w.number(0).number(4294967295L)))
                .isEqualTo("0 4294967295");
        assertThatThrownBy(() -> write(w -> w.number(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("Hello", "Hello"),
                Arguments.of("a\r\nb", "a  b"),
                Arguments.of("tab\there", "tab here"),
                Arguments.of("", "Completed"),
                Arguments.of(null, "Completed"),
                Arguments.of("  ", "Completed"),
                Arguments.of("[fake] code", "- [fake] code"),
                Arguments.of("caf\u00e9", "caf?"),
                Arguments.of("emoji \ud83d\ude00!", "emoji ?!"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void sanitizesText(String text, String expected) {
        assertThat(write(w -> w.tag("a").atom("OK").text(text).crlf()))
                .isEqualTo("a OK " + expected + "\r\n");
    }

    @Test
    void refusesInvalidTokens() {
        assertThatThrownBy(() -> write(w -> w.atom("a b")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> write(w -> w.tag("+x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> write(w -> w.quoted("a\r\n")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> write(w -> w.flag("\\")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResponseCode("BAD CODE", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResponseCode("X", "a]b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatusResponse.tagged("a", Status.BYE, null, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bytesGoOutUnchanged() {
        byte[] raw = {(byte) 0xff, 'a'};
        ByteArraySink sink = new ByteArraySink();

        new ImapWriter(sink).nstring(raw).nstring((byte[]) null);

        assertThat(sink.toByteArray()).containsExactly('{', '2', '}', '\r', '\n', 0xff, 'a',
                ' ', 'N', 'I', 'L');
        assertThat(new String(sink.toByteArray(), 0, 1, StandardCharsets.ISO_8859_1))
                .isEqualTo("{");
    }
}
