package dev.spillway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.DecoderException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BackendFailureTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new ConnectTimeoutException("connection timed out"), "timeout"),
                Arguments.of(new ConnectException("Connection refused"), "refused"),
                Arguments.of(new DecoderException(new SSLHandshakeException("PKIX")), "tls"),
                Arguments.of(new IOException("closed", new SSLHandshakeException("x")), "tls"),
                Arguments.of(new BackendFailure(BackendFailure.GREETING, "greeting: BYE"),
                        "greeting"),
                Arguments.of(new BackendFailure(BackendFailure.STARTTLS, "refused"), "starttls"),
                Arguments.of(new IOException("wrapped",
                        new BackendFailure(BackendFailure.CLOSED, "closed")), "closed"),
                Arguments.of(new IOException("connection reset"), "error"),
                Arguments.of(new IllegalStateException(), "error"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("failures")
    void reasonsAreAFewFixedWords(Throwable failure, String reason) {
        assertThat(BackendFailure.reasonOf(failure)).isEqualTo(reason);
    }
}
