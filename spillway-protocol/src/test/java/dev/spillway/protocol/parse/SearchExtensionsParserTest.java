package dev.spillway.protocol.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillway.protocol.command.Command;
import dev.spillway.protocol.command.SearchCommand;
import dev.spillway.protocol.command.SearchKey;
import dev.spillway.protocol.command.SearchReturnOptions;
import dev.spillway.protocol.command.UidBatchesCommand;
import dev.spillway.protocol.frame.RawCommand;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Accepted and rejected input for UIDBATCHES (RFC 10022), the PARTIAL return option
 * (RFC 9394) and the UIDAFTER and UIDBEFORE keys (RFC 9738 §3.2).
 */
class SearchExtensionsParserTest {
    private static final long ALL = UidBatchesCommand.ALL_BATCHES;

    static Stream<Arguments> uidBatches() {
        return Stream.of(
                Arguments.of("a UIDBATCHES 2000", 2000L, 1L, ALL),
                Arguments.of("a uidbatches 500 10:20", 500L, 10L, 20L),
                Arguments.of("a UIDBATCHES 500 22:22", 500L, 22L, 22L),
                // High to low is valid syntax; the server answers it.
                Arguments.of("a UIDBATCHES 500 20:10", 500L, 20L, 10L),
                Arguments.of("a UIDBATCHES 1 4294967295:4294967295", 1L, 4294967295L,
                        4294967295L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uidBatches")
    void readsUidBatches(String wire, long size, long first, long last) {
        assertThat(parse(wire)).isEqualTo(new UidBatchesCommand("a", size, first, last));
    }

    static Stream<Arguments> partial() {
        return Stream.of(
                Arguments.of("a SEARCH RETURN (PARTIAL 1:100) ALL", Set.of(), 1L, 100L),
                Arguments.of("a SEARCH RETURN (PARTIAL 5:1) ALL", Set.of(), 5L, 1L),
                Arguments.of("a UID SEARCH RETURN (PARTIAL -1:-100) ALL", Set.of(), -1L,
                        -100L),
                Arguments.of("a UID SEARCH RETURN (COUNT PARTIAL -5:-1 MIN) ALL",
                        Set.of(SearchReturnOptions.Option.COUNT,
                                SearchReturnOptions.Option.MIN), -5L, -1L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partial")
    void readsPartial(String wire, Set<SearchReturnOptions.Option> options, long first,
            long last) {
        SearchCommand search = (SearchCommand) parse(wire);

        assertThat(search.returnOptions().options()).isEqualTo(options);
        assertThat(search.returnOptions().partial())
                .isEqualTo(new SearchReturnOptions.PartialRange(first, last));
    }

    static Stream<Arguments> uidBounds() {
        return Stream.of(
                Arguments.of("a UID SEARCH UIDAFTER 7", new SearchKey.UidBound(true, 7)),
                Arguments.of("a SEARCH uidbefore 4294967295",
                        new SearchKey.UidBound(false, 4294967295L)),
                Arguments.of("a SEARCH UIDBEFORE 9 SEEN", new SearchKey.And(List.of(
                        new SearchKey.UidBound(false, 9),
                        new SearchKey.Simple(SearchKey.Flagless.SEEN)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uidBounds")
    void readsUidBounds(String wire, SearchKey key) {
        assertThat(((SearchCommand) parse(wire)).key()).isEqualTo(key);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("a UIDBATCHES", "Missing arguments"),
                Arguments.of("a UIDBATCHES abc", "Expected"),
                Arguments.of("a UIDBATCHES 0", "Zero"),
                Arguments.of("a UIDBATCHES -5", "Expected"),
                Arguments.of("a UIDBATCHES 4294967296", "too large"),
                Arguments.of("a UIDBATCHES 2000 10", "':'"),
                Arguments.of("a UIDBATCHES 2000 0:20", "Zero"),
                Arguments.of("a UIDBATCHES 2000 1:0", "Zero"),
                Arguments.of("a UIDBATCHES 2000 1:*", "Expected"),
                Arguments.of("a UIDBATCHES 2000 1:2 junk", "Unexpected"),
                Arguments.of("a UIDBATCHES 2000 ", "Missing number"),
                Arguments.of("a SEARCH RETURN (PARTIAL 1:10 ALL) SEEN", "PARTIAL and ALL"),
                Arguments.of("a SEARCH RETURN (ALL PARTIAL 1:10) SEEN", "PARTIAL and ALL"),
                Arguments.of("a SEARCH RETURN (PARTIAL 1:10 PARTIAL 2:3) SEEN", "twice"),
                Arguments.of("a SEARCH RETURN (PARTIAL -1:5) SEEN", "Expected '-'"),
                Arguments.of("a SEARCH RETURN (PARTIAL 1:*) SEEN", null),
                Arguments.of("a SEARCH RETURN (PARTIAL 1) SEEN", "':'"),
                Arguments.of("a SEARCH RETURN (PARTIAL 1:4294967296) SEEN", "too large"),
                Arguments.of("a SEARCH RETURN (PARTIAL) SEEN", null),
                Arguments.of("a SEARCH UIDAFTER", "Missing arguments"),
                Arguments.of("a SEARCH UIDAFTER 0", "Zero"),
                Arguments.of("a SEARCH UIDBEFORE 1:5", "Unexpected"),
                Arguments.of("a SEARCH UIDBEFORE *", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejectsInvalid(String wire, String message) {
        assertThatThrownBy(() -> parse(wire))
                .isInstanceOfSatisfying(CommandSyntaxException.class, e -> {
                    assertThat(e.tag()).isEqualTo("a");
                    if (message != null) {
                        assertThat(e.getMessage()).contains(message);
                    }
                });
    }

    private static Command parse(String wire) {
        return CommandParser.parse(RawCommand.fromWire(wire));
    }
}
