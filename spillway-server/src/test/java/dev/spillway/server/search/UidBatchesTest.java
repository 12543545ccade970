package dev.spillway.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Batch boundaries of UIDBATCHES (RFC 10022 §3) for mailboxes with and without UID gaps. */
class UidBatchesTest {
    private static final long ALL = Long.MAX_VALUE;
    private static final long[] GAPS = {3, 4, 9, 10, 11, 20, 21, 40};

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(new long[0], 2, 1, ALL, ""),
                Arguments.of(new long[] {1}, 2, 1, ALL, "1"),
                Arguments.of(new long[] {7}, 2, 1, ALL, "7:1"),
                Arguments.of(range(1, 6), 2, 1, ALL, "6:5,4:3,2:1"),
                Arguments.of(range(1, 5), 2, 1, ALL, "5:4,3:2,1"),
                Arguments.of(range(1, 6), 6, 1, ALL, "6:1"),
                Arguments.of(range(1, 6), 100, 1, ALL, "6:1"),
                Arguments.of(range(1, 6), 2, 2, 2, "4:3"),
                Arguments.of(range(1, 6), 2, 3, 9, "2:1"),
                Arguments.of(range(1, 6), 2, 4, 9, ""),
                // Gaps: ranges tile the UID space, so a batch may start at a UID that is gone.
                Arguments.of(GAPS, 3, 1, ALL, "40:20,19:9,8:1"),
                Arguments.of(GAPS, 3, 2, 3, "19:9,8:1"),
                Arguments.of(GAPS, 4, 1, ALL, "40:11,10:1"),
                Arguments.of(GAPS, 1, 1, 2, "40,39:21"),
                Arguments.of(GAPS, 1, 8, 8, "3:1"),
                Arguments.of(GAPS, 2, 4294967295L, 4294967295L, ""));
    }

    @ParameterizedTest(name = "{1} per batch, {2}:{3} -> {4}")
    @MethodSource("cases")
    void splitsFromTheHighestUidDown(long[] uids, long size, long first, long last,
            String expected) {
        StringBuilder actual = new StringBuilder();
        for (UidBatches.Range range : UidBatches.of(uids, size, first, last)) {
            actual.append(actual.isEmpty() ? "" : ",").append(range);
        }

        assertThat(actual.toString()).isEqualTo(expected);
    }

    private static long[] range(long from, long to) {
        return LongStream.rangeClosed(from, to).toArray();
    }
}
