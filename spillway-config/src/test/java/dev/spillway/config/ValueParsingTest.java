package dev.spillway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParsingTest {

    @ParameterizedTest
    @CsvSource({
        "0,         0",
        "512,       512",
        "512B,      512",
        "1KiB,      1024",
        "64KiB,     65536",
        "8kib,      8192",
        "64 KiB,    65536",
        "50MiB,     52428800",
        "2GiB,      2147483648",
        "1TiB,      1099511627776",
    })
    void sizesAccepted(String text, long bytes) {
        assertThat(Sizes.parse(text)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "KiB", "-1", "1.5MiB", "64KB", "64K", "50MB", "1 GB", "10 bytes",
        "9999999999999999999", "9999999TiB", "0x10"})
    void sizesRejected(String text) {
        assertThatThrownBy(() -> Sizes.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @ParameterizedTest
    @CsvSource({
        "0,      0B",
        "1000,   1000B",
        "1024,   1KiB",
        "65536,  64KiB",
        "52428800, 50MiB",
    })
    void sizesFormatShortestExact(long bytes, String text) {
        assertThat(Sizes.format(bytes)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({
        "0,     PT0S",
        "0s,    PT0S",
        "500ms, PT0.5S",
        "10s,   PT10S",
        "30m,   PT30M",
        "2h,    PT2H",
        "1d,    PT24H",
        "60 s,  PT1M",
    })
    void durationsAccepted(String text, Duration duration) {
        assertThat(Durations.parse(text)).isEqualTo(duration);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "30", "1.5s", "-1s", "10S", "10sec", "1w", "m", "1h30m",
        "99999999999999999999s"})
    void durationsRejected(String text) {
        assertThatThrownBy(() -> Durations.parse(text))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "a:", ":1", "a:0", "a:65536", "a:x", "::1:993", "[::1]",
        "a b:1", "[::1:993"})
    void hostPortsRejected(String text) {
        assertThatThrownBy(() -> SettingTypes.HOST_PORT_LIST.parse(text))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "true,  true",
        "FALSE, false",
    })
    void boolsAccepted(String text, boolean value) {
        assertThat(SettingTypes.BOOL.parse(text)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "", "on"})
    void boolsRejected(String text) {
        assertThatThrownBy(() -> SettingTypes.BOOL.parse(text))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "abc", "", "99999999999"})
    void intsRejected(String text) {
        assertThatThrownBy(() -> SettingTypes.intRange(0, 10).parse(text))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-0.1", "1.01", "x"})
    void decimalsRejected(String text) {
        assertThatThrownBy(() -> SettingTypes.decimalRange(0, 1).parse(text))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
