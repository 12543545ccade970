package dev.spillway.policy.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogTextTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NIL", value = {
        "NIL,           8, ''",
        "plain,         8, plain",
        "12345678,      8, 12345678",
        "123456789,     8, 12345...",
        "'a\tb',        8, a?b",
        "'\u00e9t\u00e9', 8, ?t?",
        "'\ud83d\udce7x', 8, ?x",
    })
    void sanitizeKeepsPrintableAsciiWithinLength(String in, int max, String out) {
        assertThat(LogText.sanitize(in, max)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource({
        "abc,               3",
        "'\u00e9',          2",
        "'\u20ac',          3",
        "'\ud83d\udce7',    4",
        "'\ud83d',          3",
    })
    void utf8LengthCountsOctets(String in, int octets) {
        assertThat(LogText.utf8Length(in)).isEqualTo(octets);
    }

    @ParameterizedTest
    @CsvSource({
        "indexer, INDEXER, true",
        "Back-Fill, back-fill, true",
        "'\u0130ndexer', indexer, false",
        "indexe, indexer, false",
        "'[', '{', false",
    })
    void asciiEqualsIgnoreCaseFoldsAsciiOnly(String a, String b, boolean equal) {
        assertThat(LogText.asciiEqualsIgnoreCase(a, b)).isEqualTo(equal);
    }
}
