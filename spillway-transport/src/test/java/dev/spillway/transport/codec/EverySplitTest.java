package dev.spillway.transport.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.protocol.frame.ProtocolLimits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Accepted and rejected input, cut at every point and fed a byte at a time, in both modes:
 * the messages passed on, the bytes written back and whether the channel is closed are those
 * of the input in one read, and every buffer is released.
 */
@ExtendWith(ParanoidLeakDetection.class)
class EverySplitTest {

    /** Small limits, so that the rejected cases stay short enough to cut everywhere. */
    private static final ProtocolLimits SMALL = ProtocolLimits.DEFAULTS.withMaxLineLength(64)
            .withMaxLiteralSize(16).withMaxNestingDepth(4).withMaxTokens(12);

    private static final String TOO_LONG = "a BAD [TOOBIG] Line too long\r\n";
    private static final String TOO_BIG = "a NO [TOOBIG] Literal larger than 16 octets\r\n";

    static Stream<Arguments> cases() {
        String x = "x".repeat(80);
        return Stream.of(
                row("pipeline with literals", SMALL, "a NOOP\r\nb LOGIN {4}\r\nfred {6+}\r\n"
                        + "secret\r\nc APPEND INBOX ~{3}\r\nx\u0000y\r\nd NOOP\n",
                        "+ Ready\r\n+ Ready\r\n", true),
                row("line over the limit", SMALL, "a NOOP " + x + "\r\nb NOOP\r\n", TOO_LONG,
                        true),
                row("over-long line announcing a literal that is skipped", SMALL,
                        "a APPEND INBOX " + x + " {5+}\r\nhello\r\nb NOOP\r\n", TOO_LONG, true),
                row("synchronizing literal over the limit", SMALL, "a LOGIN {17}\r\nb NOOP\r\n",
                        TOO_BIG, true),
                row("non-synchronizing literal over the limit", SMALL,
                        "a APPEND INBOX {20+}\r\n" + "m".repeat(20) + "\r\nb NOOP\r\n", TOO_BIG,
                        true),
                row("literal too big to skip", SMALL, "a APPEND INBOX {999999999999+}\r\nxx",
                        "* BYE Literal too big to skip\r\n", false),
                row("literal size beyond any number", SMALL,
                        "a LOGIN {99999999999999999999}\r\nb NOOP\r\n", TOO_BIG, true),
                row("broken literal syntax is left to the parser", SMALL, "a LOGIN {abc}\r\n"
                        + "b LOGIN {-1}\r\nc LOGIN {4\r\nd LOGIN \"{4}\"\r\ne LOGIN x {4}y\r\n"
                        + "f LOGIN {4}}\r\ng LOGIN \"x\\\" {3}\r\n", "", true),
                row("LITERAL- limit on a non-synchronizing literal",
                        ProtocolLimits.DEFAULTS.withLiteralPlus(false),
                        "a APPEND INBOX {4097+}\r\n" + "m".repeat(4097) + "\r\nb NOOP\r\n",
                        "a BAD [TOOBIG] Non-synchronizing literal larger than 4096 octets\r\n",
                        true),
                row("nesting over the limit", SMALL, "a SEARCH (((((SEEN)))))\r\nb NOOP\r\n",
                        "a BAD Lists nested too deeply\r\n", true),
                row("tokens over the limit", SMALL, "a X 1 2 3 4 5 6 7 8 9 10 11 12\r\nb NOOP\r\n",
                        "a BAD Too many arguments\r\n", true),
                row("bad commands until BYE", SMALL.withMaxConsecutiveBadCommands(3),
                        "a " + x + "\r\nb " + x + "\r\nc " + x + "\r\nd NOOP\r\n",
                        TOO_LONG + TOO_LONG.replace("a ", "b ") + TOO_LONG.replace("a ", "c ")
                        + "* BYE Too many invalid commands\r\n", false),
                row("NUL in a command line", SMALL, "a NOOP\u0000\r\nb NOOP\r\n",
                        "* BYE NUL byte in command line\r\n", false),
                row("HTTP request", SMALL, "GET / HTTP/1.1\r\nHost: imap.example\r\n\r\n",
                        "* BYE This is an IMAP server, not an HTTP server\r\n", false),
                row("HTTP request smuggling a command", SMALL, "POST /x HTTP/1.1\r\n"
                        + "Content-Length: 21\r\n\r\na LOGIN fred secret\r\n",
                        "* BYE This is an IMAP server, not an HTTP server\r\n", false),
                row("TLS ClientHello", SMALL, clientHello(),
                        "* BYE TLS handshake on a plain-text IMAP connection\r\n", false),
                row("TLS ClientHello after a command", SMALL, "a NOOP\r\n" + clientHello(),
                        "* BYE TLS handshake on a plain-text IMAP connection\r\n", false),
                row("bare CR kept, bare LF ends the line", SMALL, "a NOOP\rx\r\nb NOOP\n", "",
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyCutGivesTheOutcomeOfOneRead(String name, ProtocolLimits limits, byte[] input,
            String written, boolean open) {
        for (DecoderMode mode : DecoderMode.values()) {
            Outcome whole = Outcome.of(limits, mode, List.of(input));
            assertThat(whole.written()).as("%s written", mode).isEqualTo(written);
            assertThat(whole.open()).as("%s open", mode).isEqualTo(open);

            for (int split = 1; split < input.length; split++) {
                List<byte[]> pieces = List.of(copy(input, 0, split),
                        copy(input, split, input.length));
                assertThat(Outcome.of(limits, mode, pieces)).as("%s cut at %d", mode, split)
                        .isEqualTo(whole);
            }
            List<byte[]> bytes = new ArrayList<>();
            for (int i = 0; i < input.length; i++) {
                bytes.add(copy(input, i, i + 1));
            }
            assertThat(Outcome.of(limits, mode, bytes)).as("%s byte at a time", mode)
                    .isEqualTo(whole);
        }
    }

    private static Arguments row(String name, ProtocolLimits limits, String input,
            String written, boolean open) {
        return Arguments.of(name, limits, input.getBytes(StandardCharsets.ISO_8859_1), written,
                open);
    }

    /**
     * The start of a TLS ClientHello as a client sends it: record type 22, version 3.1, length,
     * handshake type 1, then random bytes and cipher suites, which happen to contain a CRLF.
     */
    private static String clientHello() {
        int[] header = {0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03};
        StringBuilder hello = new StringBuilder();
        for (int b : header) {
            hello.append((char) b);
        }
        for (int i = 0; i < 32; i++) {
            hello.append((char) (i * 37 & 0xff));
        }
        return hello.append(" \r\n").append((char) 0).append((char) 0x22).toString();
    }

    private static byte[] copy(byte[] input, int from, int to) {
        return Arrays.copyOfRange(input, from, to);
    }
}
