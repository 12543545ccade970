package dev.spillway.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.protocol.command.SearchReturnOptions.PartialRange;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which messages the PARTIAL FETCH modifier keeps (RFC 9394 §3.2), over the sequence numbers
 * 3, 4, 7, 8, 9 that a set or CHANGEDSINCE left; and over none.
 */
class PartialWindowTest {
    private static final int[] SEQS = {3, 4, 7, 8, 9};

    static Stream<Arguments> ranges() {
        return Stream.of(
                Arguments.of(SEQS, 1, 1, new int[] {3}),
                Arguments.of(SEQS, 2, 4, new int[] {4, 7, 8}),
                Arguments.of(SEQS, 4, 2, new int[] {4, 7, 8}),
                Arguments.of(SEQS, 5, 4294967295L, new int[] {9}),
                Arguments.of(SEQS, 6, 6, new int[] {}),
                Arguments.of(SEQS, -1, -2, new int[] {8, 9}),
                Arguments.of(SEQS, -30, -1, SEQS),
                Arguments.of(SEQS, -6, -30, new int[] {}),
                Arguments.of(new int[] {}, 1, 10, new int[] {}),
                Arguments.of(new int[] {}, -1, -10, new int[] {}));
    }

    @ParameterizedTest(name = "{1}:{2}")
    @MethodSource("ranges")
    void keepsTheSlice(int[] seqs, long first, long last, int[] expected) {
        assertThat(PartialWindow.of(seqs, new PartialRange(first, last))).containsExactly(expected);
    }
}
