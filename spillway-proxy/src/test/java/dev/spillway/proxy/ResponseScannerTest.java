package dev.spillway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.protocol.frame.LiteralAnnouncement;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseScannerTest {

    private static final String STREAM = "* OK [CAPABILITY IMAP4rev1] ready\r\n"
            + "+ idling\r\n"
            + "* 1 FETCH (BODY[] {12}\r\nHello\r\n{3}\r\n UID 7)\r\n"
            + "* 2 FETCH (BINARY[] ~{2}\r\nab)\n"
            + "a1 OK done {5}\r\n12345\r\n";

    /** What the scanner reported, one entry per event, in order. */
    private static final List<String> EXPECTED = List.of(
            "start|* OK [CAPABILITY IMAP4rev1] ready\r\n",
            "start|+ idling\r\n",
            "start|* 1 FETCH (BODY[] {12}\r\n|literal 12",
            "data|Hello\r\n{3}\r\n",
            "cont| UID 7)\r\n",
            "start|* 2 FETCH (BINARY[] ~{2}\r\n|literal 2",
            "data|ab",
            "cont|)\n",
            "start|a1 OK done {5}\r\n|literal 5",
            "data|12345",
            "cont|\r\n");

    @Test
    void findsEveryResponseStartAtEverySplitPoint() {
        byte[] wire = STREAM.getBytes(StandardCharsets.US_ASCII);
        for (int split = 0; split <= wire.length; split++) {
            Recorder recorder = new Recorder();
            ResponseScanner scanner = new ResponseScanner(UnpooledByteBufAllocator.DEFAULT,
                    recorder);
            feed(scanner, wire, 0, split);
            feed(scanner, wire, split, wire.length);
            assertThat(recorder.merged()).as("split at %d", split).isEqualTo(EXPECTED);
            assertThat(scanner.atResponseBoundary()).isTrue();
        }
    }

    @Test
    void isNotAtABoundaryInsideALiteralOrALine() {
        Recorder recorder = new Recorder();
        ResponseScanner scanner = new ResponseScanner(UnpooledByteBufAllocator.DEFAULT, recorder);
        feed("* 1 FETCH (BODY[] {10}\r\nabc", scanner);
        assertThat(scanner.atResponseBoundary()).isFalse();
        feed("defghij)\r\n* OK", scanner);
        assertThat(scanner.atResponseBoundary()).isFalse();
        feed(" still\r\n", scanner);
        assertThat(scanner.atResponseBoundary()).isTrue();
    }

    @Test
    void handsOnOverlongLinesInPartsAndStillSeesTheirLiteral() {
        Recorder recorder = new Recorder();
        ResponseScanner scanner = new ResponseScanner(UnpooledByteBufAllocator.DEFAULT, recorder);
        String longLine = "* SEARCH" + " 123456789".repeat(20_000) + " {3}\r\nxyz\r\n";
        feed(longLine, scanner);
        assertThat(recorder.events.get(0).substring(0, 20)).isEqualTo("part-start|* SEARCH ");
        assertThat(recorder.events.stream().map(e -> e.substring(0, e.indexOf('|'))))
                .contains("part-start", "part", "cont").doesNotContain("start");
        assertThat(recorder.events.get(recorder.events.size() - 3)).endsWith("|literal 3");
        assertThat(recorder.events).contains("data|xyz", "cont|\r\n");
        assertThat(scanner.atResponseBoundary()).isTrue();
    }

    private static void feed(String text, ResponseScanner scanner) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        feed(scanner, bytes, 0, bytes.length);
    }

    private static void feed(ResponseScanner scanner, byte[] wire, int from, int to) {
        ByteBuf in = Unpooled.wrappedBuffer(wire, from, to - from);
        scanner.feed(in);
        assertThat(in.isReadable()).isFalse();
        in.release();
    }

    private static final class Recorder implements ResponseScanner.Listener {
        final List<String> events = new ArrayList<>();

        @Override
        public void segment(ByteBuf bytes, boolean responseStart, boolean complete,
                LiteralAnnouncement literal) {
            String kind = !complete ? (responseStart ? "part-start" : "part")
                    : responseStart ? "start" : "cont";
            String text = bytes.toString(StandardCharsets.US_ASCII);
            events.add(kind + "|" + text + (literal == null ? "" : "|literal " + literal.size()));
            bytes.release();
        }

        @Override
        public void literal(ByteBuf data, boolean last) {
            events.add("data|" + data.toString(StandardCharsets.US_ASCII) + (last ? "" : "|more"));
            data.release();
        }

        /** Literal chunks joined, so every split point yields the same list. */
        List<String> merged() {
            List<String> out = new ArrayList<>();
            StringBuilder data = null;
            for (String event : events) {
                if (event.startsWith("data|")) {
                    String chunk = event.substring(5);
                    boolean more = chunk.endsWith("|more");
                    chunk = more ? chunk.substring(0, chunk.length() - 5) : chunk;
                    data = data == null ? new StringBuilder(chunk) : data.append(chunk);
                    if (!more) {
                        out.add("data|" + data);
                        data = null;
                    }
                } else {
                    out.add(event);
                }
            }
            return out;
        }
    }
}
