package dev.spillway.protocol.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillway.protocol.command.Command;
import dev.spillway.protocol.command.CommandKind;
import dev.spillway.protocol.frame.ProtocolLimits;
import dev.spillway.protocol.frame.RawCommand;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Accepted and rejected inputs for every command family. */
class CommandParserTest {

    static List<Arguments> valid() {
        return SampleCommands.valid();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void acceptsValidCommand(String wire, CommandKind kind) {
        Command command = CommandParser.parse(RawCommand.fromWire(wire));

        assertThat(command.kind()).isEqualTo(kind);
        assertThat(command.tag()).isEqualTo(wire.substring(0, wire.indexOf(' ')));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("\r\n", null, "Empty command"),
                Arguments.of("a", "a", "Missing command name"),
                Arguments.of("a ", "a", "Missing atom"),
                Arguments.of("+a NOOP", null, "tag"),
                Arguments.of("(a NOOP", null, "tag"),
                Arguments.of("a  NOOP", "a", "Expected atom"),
                Arguments.of("a NOOP extra", "a", "Unexpected characters"),
                Arguments.of("a NOOP ", "a", "Unexpected characters"),
                Arguments.of("a CAPABILITY x", "a", "Unexpected"),
                Arguments.of("a LOGIN", "a", "Missing arguments"),
                Arguments.of("a LOGIN fred", "a", "Missing arguments"),
                Arguments.of("a LOGIN fred ", "a", "Missing argument"),
                Arguments.of("a LOGIN fred \"unterminated", "a", "Unterminated"),
                Arguments.of("a LOGIN fred \"bad\\escape\"", "a", "Invalid escape"),
                Arguments.of("a LOGIN fred pass word", "a", "Unexpected"),
                Arguments.of("a LOGIN fred (x)", "a", "Expected a string"),
                Arguments.of("a LOGIN fred ~{3}\r\nabc", "a", "literal8"),
                Arguments.of("a LOGIN fred {2}x", "a", "Literal must end the line"),
                Arguments.of("a AUTHENTICATE", "a", "Missing arguments"),
                Arguments.of("a AUTHENTICATE PLAIN abc", "a", "base64"),
                Arguments.of("a AUTHENTICATE PLAIN ab=c", "a", null),
                Arguments.of("a AUTHENTICATE PLAIN ==", "a", "base64"),
                Arguments.of("a AUTHENTICATE PLAIN a===", "a", "base64"),
                Arguments.of("a SELECT", "a", "Missing arguments"),
                Arguments.of("a SELECT INBOX ()", "a", "Expected atom"),
                Arguments.of("a SELECT INBOX (FOO)", "a", "Unsupported"),
                Arguments.of("a SELECT INBOX (CONDSTORE CONDSTORE)", "a", "repeated"),
                Arguments.of("a SELECT INBOX (QRESYNC)", "a", "Expected space"),
                Arguments.of("a SELECT INBOX (QRESYNC (0 1))", "a", "Zero"),
                Arguments.of("a SELECT INBOX (QRESYNC (1 0))", "a", "Zero"),
                Arguments.of("a SELECT INBOX (QRESYNC (1))", "a", null),
                Arguments.of("a SELECT INBOX (QRESYNC (1 2 (1:2)))", "a", null),
                Arguments.of("a SELECT INBOX CONDSTORE", "a", "Expected '('"),
                Arguments.of("a CREATE x (USE (Sent))", "a", "special-use"),
                Arguments.of("a CREATE x (FOO (\\Sent))", "a", "Expected USE"),
                Arguments.of("a CREATE x (USE ())", "a", "flag"),
                Arguments.of("a RENAME foo", "a", "Missing arguments"),
                Arguments.of("a LIST \"\"", "a", "Missing arguments"),
                Arguments.of("a LIST \"\" * RETURN", "a", "Missing arguments"),
                Arguments.of("a LIST \"\" * RETURN (FOO)", "a", "Unknown LIST return"),
                Arguments.of("a LIST (FOO) \"\" *", "a", "Unknown LIST selection"),
                Arguments.of("a LIST (RECURSIVEMATCH) \"\" *", "a", "RECURSIVEMATCH"),
                Arguments.of("a LIST (REMOTE RECURSIVEMATCH) \"\" *", "a", "RECURSIVEMATCH"),
                Arguments.of("a LIST \"\" () ", "a", "mailbox pattern"),
                Arguments.of("a LIST \"\" * RETURN (STATUS ())", "a", "Expected atom"),
                Arguments.of("a LIST \"\" * RETURN (STATUS (FOO))", "a", "Unknown STATUS"),
                Arguments.of("a LIST \"\" * EXTRA (X)", "a", "Expected RETURN"),
                Arguments.of("a STATUS INBOX", "a", "Missing arguments"),
                Arguments.of("a STATUS INBOX ()", "a", "Expected atom"),
                Arguments.of("a STATUS INBOX (MESSAGES BOGUS)", "a", "Unknown STATUS"),
                Arguments.of("a STATUS INBOX MESSAGES", "a", "Expected '('"),
                Arguments.of("a GETQUOTA", "a", "Missing arguments"),
                Arguments.of("a GETQUOTAROOT", "a", "Missing arguments"),
                Arguments.of("a SETQUOTA \"\"", "a", "Missing arguments"),
                Arguments.of("a SETQUOTA \"\" (STORAGE)", "a", null),
                Arguments.of("a SETQUOTA \"\" (STORAGE -1)", "a", null),
                Arguments.of("a SETQUOTA \"\" STORAGE 1", "a", "Expected '('"),
                Arguments.of("a APPEND INBOX", "a", "Missing arguments"),
                Arguments.of("a APPEND INBOX \"text\"", "a", null),
                Arguments.of("a APPEND INBOX (\\Seen)", "a", "Missing arguments"),
                Arguments.of("a APPEND INBOX (\\Seen {3}\r\nabc", "a", null),
                Arguments.of("a APPEND INBOX \"31-Feb-1994 21:52:25 -0800\" {1}\r\nx", "a",
                        "Invalid date-time"),
                Arguments.of("a APPEND INBOX \"7-Feb-1994 21:52:25 -0800\" {1}\r\nx", "a",
                        null),
                Arguments.of("a APPEND INBOX \"07-Foo-1994 21:52:25 -0800\" {1}\r\nx", "a",
                        "month"),
                Arguments.of("a APPEND INBOX \"07-Feb-1994 21:52:25\" {1}\r\nx", "a", null),
                Arguments.of("a APPEND INBOX \"07-Feb-1994 25:52:25 +0000\" {1}\r\nx", "a",
                        "Invalid date-time"),
                Arguments.of("a APPEND INBOX {1}\r\nx junk", "a", null),
                Arguments.of("a UID EXPUNGE", "a", "Missing arguments"),
                Arguments.of("a UID EXPUNGE 0", "a", "Zero"),
                Arguments.of("a UID EXPUNGE 1:", "a", "sequence set"),
                Arguments.of("a UID EXPUNGE 4294967296", "a", "too large"),
                Arguments.of("a UID EXPUNGE 1,,2", "a", "sequence set"),
                Arguments.of("a UID", "a", "Missing arguments"),
                Arguments.of("a SEARCH", "a", "Missing arguments"),
                Arguments.of("a SEARCH FOO", "a", "Unknown search key"),
                Arguments.of("a SEARCH SINCE 1-Feb-94", "a", "year"),
                Arguments.of("a SEARCH SINCE 32-Jan-1994", "a", "Invalid date"),
                Arguments.of("a SEARCH SINCE 123-Jan-1994", "a", "day"),
                Arguments.of("a SEARCH SINCE \"1-Feb-1994", "a", null),
                Arguments.of("a SEARCH OR SEEN", "a", "Missing arguments"),
                Arguments.of("a SEARCH NOT", "a", "Missing arguments"),
                Arguments.of("a SEARCH ()", "a", null),
                Arguments.of("a SEARCH (SEEN", "a", "Missing ')'"),
                Arguments.of("a SEARCH SEEN)", "a", "Unexpected"),
                Arguments.of("a SEARCH LARGER x", "a", "number"),
                Arguments.of("a SEARCH UID", "a", "Missing arguments"),
                Arguments.of("a SEARCH RETURN (FOO) ALL", "a", "Unknown SEARCH return"),
                Arguments.of("a SEARCH RETURN (PARTIAL 1:-5) ALL", "a", null),
                Arguments.of("a SEARCH RETURN (PARTIAL 0:5) ALL", "a", "Zero"),
                Arguments.of("a SEARCH RETURN (MIN)", "a", "Missing arguments"),
                Arguments.of("a SEARCH CHARSET", "a", "Missing arguments"),
                Arguments.of("a SEARCH KEYWORD \\Seen", "a", "Expected atom"),
                Arguments.of("a SEARCH MODSEQ \"/flags/x\" bogus 5", "a", "entry type"),
                Arguments.of("a SEARCH SUBJECT caf\u00e9", "a", "Unexpected"),
                Arguments.of("a FETCH", "a", "Missing arguments"),
                Arguments.of("a FETCH 1", "a", "Missing arguments"),
                Arguments.of("a FETCH 1 ()", "a", "Expected a FETCH item"),
                Arguments.of("a FETCH 1 FOO", "a", "Unknown FETCH item FOO"),
                Arguments.of("a FETCH 1 (FLAGS ALL)", "a", "Unknown FETCH item ALL"),
                Arguments.of("a FETCH 1 BODY[", "a", null),
                Arguments.of("a FETCH 1 BODY[MIME]", "a", "Invalid section"),
                Arguments.of("a FETCH 1 BODY[1.]", "a", "Invalid section"),
                Arguments.of("a FETCH 1 BODY[0]", "a", "Zero"),
                Arguments.of("a FETCH 1 BODY[HEADER.FIELDS]", "a", null),
                Arguments.of("a FETCH 1 BODY[HEADER.FIELDS ()]", "a", null),
                Arguments.of("a FETCH 1 BODY[TEXT]<5>", "a", "Expected '.'"),
                Arguments.of("a FETCH 1 BODY[TEXT]<5.0>", "a", "Zero"),
                Arguments.of("a FETCH 1 BODY.PEEK", "a", null),
                Arguments.of("a FETCH 1 BINARY[TEXT]", "a", null),
                Arguments.of("a FETCH 1 BINARY.SIZE[1]<0.5>", "a", "Unexpected"),
                Arguments.of("a FETCH 1 FLAGS (VANISHED)", "a", "VANISHED"),
                Arguments.of("a UID FETCH 1 FLAGS (VANISHED)", "a", "VANISHED"),
                Arguments.of("a FETCH 1 FLAGS (CHANGEDSINCE 1 VANISHED)", "a", "VANISHED"),
                Arguments.of("a FETCH 1 FLAGS (CHANGEDSINCE 0)", "a", "Zero"),
                Arguments.of("a FETCH 1 FLAGS (FOO)", "a", "FETCH modifier"),
                Arguments.of("a FETCH 1 FLAGS (CHANGEDSINCE 1 CHANGEDSINCE 2)", "a",
                        "FETCH modifier"),
                Arguments.of("a UID FETCH 1:* FLAGS (PARTIAL)", "a", "Expected space"),
                Arguments.of("a UID FETCH 1:* FLAGS (PARTIAL 0:5)", "a", "Zero"),
                Arguments.of("a UID FETCH 1:* FLAGS (PARTIAL -1:5)", "a", null),
                Arguments.of("a UID FETCH 1:* FLAGS (PARTIAL 1:-5)", "a", null),
                Arguments.of("a UID FETCH 1:* FLAGS (PARTIAL 1:*)", "a", null),
                Arguments.of("a UID FETCH 1:* FLAGS (PARTIAL 5)", "a", null),
                Arguments.of("a UID FETCH 1:* FLAGS (PARTIAL 1:4294967296)", "a", null),
                Arguments.of("a UID FETCH 1:* FLAGS (PARTIAL 1:2 PARTIAL 3:4)", "a",
                        "FETCH modifier"),
                Arguments.of("a STORE 1", "a", "Missing arguments"),
                Arguments.of("a STORE 1 FLAGS", "a", "Missing arguments"),
                Arguments.of("a STORE 1 FOO (\\Seen)", "a", "Expected FLAGS"),
                Arguments.of("a STORE 1 *FLAGS (\\Seen)", "a", "Expected atom"),
                Arguments.of("a STORE 1 FLAGS (\\*)", "a", "flag"),
                Arguments.of("a STORE 1 FLAGS (\\Seen", "a", "Missing ')'"),
                Arguments.of("a STORE 1 (UNCHANGEDSINCE) FLAGS ()", "a", null),
                Arguments.of("a STORE 1 (FOO 1) FLAGS ()", "a", "UNCHANGEDSINCE"),
                Arguments.of("a COPY 1", "a", "Missing arguments"),
                Arguments.of("a COPY x INBOX", "a", "sequence set"),
                Arguments.of("a MOVE 1:2", "a", "Missing arguments"),
                Arguments.of("a ID", "a", "Missing arguments"),
                Arguments.of("a ID (\"name\")", "a", null),
                Arguments.of("a ID (NIL \"x\")", "a", "not NIL"),
                Arguments.of("a ID (name \"x\")", "a", "string"),
                Arguments.of("a ID (\"name\" x)", "a", "string"),
                Arguments.of("a ID \"name\"", "a", "Expected ( or NIL"),
                Arguments.of("a ID (\"a\" \"b\"", "a", "Missing ')'"),
                Arguments.of("a ENABLE", "a", "Missing arguments"),
                Arguments.of("a ENABLE \"CONDSTORE\"", "a", "Expected atom"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejectsInvalidCommand(String wire, String tag, String message) {
        RawCommand raw = RawCommand.fromWire(wire);

        assertThatThrownBy(() -> CommandParser.parse(raw))
                .isInstanceOfSatisfying(CommandSyntaxException.class, e -> {
                    assertThat(e.tag()).isEqualTo(tag);
                    if (message != null) {
                        assertThat(e.getMessage()).contains(message);
                    }
                    assertThat(e.getStackTrace()).isEmpty();
                });
    }

    @ParameterizedTest(name = "depth {0}")
    @MethodSource("depths")
    void enforcesNestingLimit(int depth, boolean accepted) {
        String wire = "a SEARCH " + "(".repeat(depth) + "SEEN" + ")".repeat(depth);
        RawCommand raw = RawCommand.fromWire(wire);
        ProtocolLimits limits = ProtocolLimits.DEFAULTS.withMaxNestingDepth(4);

        if (accepted) {
            assertThat(CommandParser.parse(raw, limits).kind()).isEqualTo(CommandKind.SEARCH);
        } else {
            assertThatThrownBy(() -> CommandParser.parse(raw, limits))
                    .hasMessageContaining("Nested too deeply");
        }
    }

    static Stream<Arguments> depths() {
        return Stream.of(Arguments.of(1, true), Arguments.of(4, true),
                Arguments.of(5, false));
    }

    @ParameterizedTest(name = "NOT x{0}")
    @MethodSource("notChains")
    void countsSearchRecursionAgainstNestingLimit(int nots, boolean accepted) {
        RawCommand raw = RawCommand.fromWire("a SEARCH " + "NOT ".repeat(nots) + "SEEN");
        ProtocolLimits limits = ProtocolLimits.DEFAULTS.withMaxNestingDepth(16);

        if (accepted) {
            assertThat(CommandParser.parse(raw, limits).kind()).isEqualTo(CommandKind.SEARCH);
        } else {
            assertThatThrownBy(() -> CommandParser.parse(raw, limits))
                    .hasMessageContaining("Nested too deeply");
        }
    }

    static Stream<Arguments> notChains() {
        return Stream.of(Arguments.of(16, true), Arguments.of(17, false),
                Arguments.of(5000, false));
    }
}
