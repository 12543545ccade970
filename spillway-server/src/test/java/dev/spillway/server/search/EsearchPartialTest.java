package dev.spillway.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.protocol.command.SearchReturnOptions.PartialRange;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which results a PARTIAL range names (RFC 9394 §3.1), over the results 10, 20, ... 50. */
class EsearchPartialTest {
    static Stream<Arguments> ranges() {
        return Stream.of(
                Arguments.of(1, 2, List.of(10L, 20L)),
                Arguments.of(2, 1, List.of(10L, 20L)),
                Arguments.of(4, 100, List.of(40L, 50L)),
                Arguments.of(5, 5, List.of(50L)),
                Arguments.of(6, 9, List.of()),
                Arguments.of(4294967295L, 4294967295L, List.of()),
                Arguments.of(-1, -1, List.of(50L)),
                Arguments.of(-1, -2, List.of(40L, 50L)),
                Arguments.of(-2, -1, List.of(40L, 50L)),
                Arguments.of(-3, -100, List.of(10L, 20L, 30L)),
                Arguments.of(-5, -5, List.of(10L)),
                Arguments.of(-6, -10, List.of()));
    }

    @ParameterizedTest(name = "{0}:{1} -> {2}")
    @MethodSource("ranges")
    void picksTheWindow(long first, long last, List<Long> expected) {
        List<SearchMatch> matches = new ArrayList<>();
        for (long n = 10; n <= 50; n += 10) {
            matches.add(new SearchMatch(n, n * 2));
        }

        List<Long> picked = EsearchResponse.partial(matches, new PartialRange(first, last))
                .stream().map(SearchMatch::number).toList();

        assertThat(picked).isEqualTo(expected);
    }
}
