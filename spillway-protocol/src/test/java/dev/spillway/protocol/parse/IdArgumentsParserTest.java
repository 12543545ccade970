package dev.spillway.protocol.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillway.protocol.command.IdArguments;
import dev.spillway.protocol.command.IdCommand;
import dev.spillway.protocol.command.IdField;
import dev.spillway.protocol.frame.RawCommand;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The ID argument, from a command and standalone, with Apple's TN3189 examples. */
class IdArgumentsParserTest {

    static Stream<Arguments> tn3189Examples() {
        return Stream.of(
                Arguments.of("A1 ID (\"name\" \"com.apple.email.maild\" \"os\" \"iOS\" "
                        + "\"vendor\" \"Apple Inc\" \"event\" NIL)",
                        "com.apple.email.maild", null),
                Arguments.of("A1 ID (\"name\" \"com.apple.email.search-indexer\" \"os\" \"iOS\" "
                        + "\"vendor\" \"Apple Inc\" \"event\" \"indexer\")",
                        "com.apple.email.search-indexer", "indexer"),
                Arguments.of("A1 ID (\"name\" \"com.apple.email.maild\" \"os\" \"iOS\" "
                        + "\"vendor\" \"Apple Inc\" \"event\" \"back-fill,periodic\")",
                        "com.apple.email.maild", "back-fill,periodic"),
                Arguments.of("A1 ID (\"name\" \"com.apple.email.maild\" \"os\" \"iOS\" "
                        + "\"vendor\" \"Apple Inc\" \"event\" \"periodic,push\")",
                        "com.apple.email.maild", "periodic,push"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("tn3189Examples")
    void parsesTn3189Examples(String wire, String name, String event) {
        IdCommand id = (IdCommand) CommandParser.parse(RawCommand.fromWire(wire));

        assertThat(id.tag()).isEqualTo("A1");
        assertThat(id.arguments().fields()).containsExactly(
                new IdField("name", name), new IdField("os", "iOS"),
                new IdField("vendor", "Apple Inc"), new IdField("event", event));
    }

    @Test
    void parsesBareArgumentForTools() {
        IdArguments args = IdArguments.parse("(\"name\" \"x\" \"event\" NIL)");

        assertThat(args.nil()).isFalse();
        assertThat(args.fields()).containsExactly(new IdField("name", "x"),
                new IdField("event", null));
        assertThat(args.field("EVENT")).isEqualTo(new IdField("event", null));
    }

    @Test
    void parsesBareNilAndEmptyList() {
        assertThat(IdArguments.parse("NIL")).isEqualTo(IdArguments.NIL);
        assertThat(IdArguments.parse("nil").nil()).isTrue();
        assertThat(IdArguments.parse("()").fields()).isEmpty();
    }

    @Test
    void parsesBareArgumentWithLiteral() {
        IdArguments args = IdArguments.parse("(\"name\" {5}\r\na b c)");

        assertThat(args.value("name")).isEqualTo("a b c");
    }

    @Test
    void keepsDuplicatesAndLongValuesForThePolicyToJudge() {
        String longValue = "v".repeat(2000);
        IdArguments args = IdArguments.parse("(\"name\" \"a\" \"name\" \"" + longValue + "\")");

        assertThat(args.fields()).hasSize(2);
        assertThat(args.fields().get(1).value()).hasSize(2000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "(", "(\"name\")", "(\"name\" \"x\"", "(name \"x\")",
        "(NIL NIL)", "\"name\"", "(\"a\" \"b\") extra", "NIL NIL", "(\"a\"  \"b\")",
        "( \"a\" \"b\")", "(\"a\" \"b\" )"})
    void rejectsInvalidBareArgument(String text) {
        assertThatThrownBy(() -> IdArguments.parse(text))
                .isInstanceOfSatisfying(CommandSyntaxException.class,
                        e -> assertThat(e.tag()).isNull());
    }
}
