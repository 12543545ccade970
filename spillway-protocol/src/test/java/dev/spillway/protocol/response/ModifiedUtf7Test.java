package dev.spillway.protocol.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Round trips and strict rejects (RFC 3501 §5.1.3). */
class ModifiedUtf7Test {

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("INBOX", "INBOX"),
                Arguments.of("", ""),
                Arguments.of("&", "&-"),
                Arguments.of("A&B", "A&-B"),
                Arguments.of("~peter/mail/\u53f0\u5317/\u65e5\u672c\u8a9e",
                        "~peter/mail/&U,BTFw-/&ZeVnLIqe-"),
                Arguments.of("\u65e5\u672c\u8a9e", "&ZeVnLIqe-"),
                Arguments.of("Entw\u00fcrfe", "Entw&APw-rfe"),
                Arguments.of("\u00e9", "&AOk-"),
                Arguments.of("\u00e9\u00e9", "&AOkA6Q-"),
                Arguments.of("\u00e9\u00e9\u00e9", "&AOkA6QDp-"),
                Arguments.of("a\u00e9&b", "a&AOk-&-b"),
                Arguments.of("\ud83d\ude00", "&2D3eAA-"),
                Arguments.of("tab\there", "tab&AAk-here"),
                Arguments.of("\u007f", "&AH8-"),
                Arguments.of("/", "/"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("pairs")
    void encodesAndDecodes(String decoded, String encoded) {
        assertThat(ModifiedUtf7.encode(decoded)).isEqualTo(encoded);
        assertThat(ModifiedUtf7.decode(encoded)).isEqualTo(decoded);
        assertThat(ModifiedUtf7.isValid(encoded)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "&",
        "&AOk",
        "a&b",
        "&AGE-",
        "&AOk-&AOk-",
        "&AO-",
        "&AOl-",
        "&AOkA-",
        "&A/k-",
        "&A=k-",
        "&2D0-",
        "&3gA-",
        "&2D3YPQ-",
        "caf\u00e9",
        "tab\there",
        "&AOk=-"
    })
    void rejectsInvalid(String encoded) {
        assertThat(ModifiedUtf7.isValid(encoded)).isFalse();
        assertThatThrownBy(() -> ModifiedUtf7.decode(encoded))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
