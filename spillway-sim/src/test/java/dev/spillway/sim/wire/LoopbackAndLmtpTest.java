package dev.spillway.sim.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackAndLmtpTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "::1", "localhost"})
    void loopbackTargetsAreAccepted(String host) {
        assertThatCode(() -> Loopback.require(host, false)).doesNotThrowAnyException();
    }

    // Documentation addresses (RFC 5737, RFC 3849): resolving a literal sends no traffic.
    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.1", "2001:db8::1", "0.0.0.0"})
    void otherTargetsNeedAnExplicitSwitch(String host) {
        assertThatThrownBy(() -> Loopback.require(host, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a loopback");
        assertThatCode(() -> Loopback.require(host, true)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "a|b|;        a|b|",
        ".a|b|;       ..a|b|",
        "a|.|..b|;    a|..|...b|",
        "a|b;         a|b|",
        "a.b|;        a.b|",
    })
    void dotStuffsLinesStartingWithADot(String message, String stuffed) {
        byte[] out = LmtpClient.dotStuffed(message.replace("|", "\r\n")
                .getBytes(StandardCharsets.US_ASCII));

        assertThat(new String(out, StandardCharsets.US_ASCII))
                .isEqualTo(stuffed.replace("|", "\r\n"));
    }
}
