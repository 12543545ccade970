package dev.spillway.sim.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseReaderTest {

    private static ResponseReader reader(String wire) {
        return new ResponseReader(new ByteArrayInputStream(
                wire.getBytes(StandardCharsets.ISO_8859_1)));
    }

    // Wire text (CRLF written as |, a bare LF as ~) -> tag, text, literal octets.
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "* OK [CAPABILITY IMAP4rev1] ready|;   *;  OK [CAPABILITY IMAP4rev1] ready; 0",
        "s1 NO [UNAVAILABLE] later|;           s1; NO [UNAVAILABLE] later;          0",
        "+ idling|;                            +;  idling;                          0",
        "* LIST () \"/\" {5}|INBOX|;           *;  LIST () \"/\" \"INBOX\";         5",
        "* 1 FETCH (BODY[] {0}|)|;             *;  1 FETCH (BODY[] \"\");          0",
        "* 1 FETCH (A {2}|a\"B {1}|\\)|;       *;  1 FETCH (A \"a\\\"\"B \"\\\\\");   3",
        "* 3 EXISTS~;                          *;  3 EXISTS;                        0",
    })
    void readsLinesAndInlinesSmallLiterals(String wire, String tag, String text, long octets)
            throws IOException {
        ResponseLine line = reader(wire.replace("|", "\r\n").replace("~", "\n")).read();

        assertThat(line.tag()).isEqualTo(tag);
        assertThat(line.text()).isEqualTo(text);
        assertThat(line.literalBytes()).isEqualTo(octets);
    }

    @Test
    void countsLargeLiteralsWithoutKeepingThem() throws IOException {
        int size = ResponseReader.INLINE_LITERAL + 1;
        String wire = "* 7 FETCH (UID 9 BODY[] {" + size + "}\r\n" + "x".repeat(size)
                + " FLAGS (\\Seen))\r\ns4 OK done\r\n";
        ResponseReader reader = reader(wire);

        ResponseLine fetch = reader.read();
        ResponseLine tagged = reader.read();

        assertThat(fetch.text()).isEqualTo("7 FETCH (UID 9 BODY[] {" + size + "} FLAGS (\\Seen))");
        assertThat(fetch.literalBytes()).isEqualTo(size);
        assertThat(tagged.tag()).isEqualTo("s4");
        assertThat(tagged.literalBytes()).isZero();
    }

    @Test
    void aTimeoutLosesNothingOfAPartialResponse() throws IOException {
        byte[] wire = "* 1 FETCH (BODY[] {3}\r\nabc)\r\n".getBytes(StandardCharsets.US_ASCII);
        // Stalls once in the middle of the line and once at the start of the literal.
        Set<Integer> stalls = new HashSet<>(Set.of(10, 23));
        InputStream stalling = new InputStream() {
            private int next;

            @Override
            public int read() throws IOException {
                if (stalls.remove(next)) {
                    throw new SocketTimeoutException("stall at " + next);
                }
                return next < wire.length ? wire[next++] : -1;
            }
        };
        ResponseReader reader = new ResponseReader(stalling);

        assertThatThrownBy(reader::read).isInstanceOf(SocketTimeoutException.class);
        assertThatThrownBy(reader::read).isInstanceOf(SocketTimeoutException.class);
        ResponseLine line = reader.read();

        assertThat(line.text()).isEqualTo("1 FETCH (BODY[] \"abc\")");
        assertThat(stalls).isEmpty();
    }

    @Test
    void endOfStreamIsAnError() {
        assertThatThrownBy(() -> reader("* OK no end").read()).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> reader("* 1 FETCH {9}\r\nab").read())
                .isInstanceOf(EOFException.class);
    }
}
