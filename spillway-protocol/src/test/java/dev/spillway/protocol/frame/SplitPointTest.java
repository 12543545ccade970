package dev.spillway.protocol.frame;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.protocol.command.CommandKind;
import dev.spillway.protocol.parse.CommandParser;
import dev.spillway.protocol.parse.SampleCommands;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample command, split at every point and byte by byte, frames the same way. */
class SplitPointTest {

    private static final ProtocolLimits LIMITS = ProtocolLimits.DEFAULTS;

    static List<Arguments> valid() {
        return SampleCommands.valid();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void everySplitPointGivesTheSameCommand(String wire, CommandKind kind) {
        byte[] input = (wire + "\r\nz NOOP\r\n").getBytes(StandardCharsets.UTF_8);
        List<String> whole = RecordingSink.feed(LIMITS, input).events;

        assertThat(whole).hasSizeGreaterThanOrEqualTo(2);
        assertThat(whole.get(whole.size() - 1)).isEqualTo("CMD z z NOOP\r\n");
        for (int split = 1; split < input.length; split++) {
            assertThat(RecordingSink.feed(LIMITS, input, split).events)
                    .as("split at %d", split).isEqualTo(whole);
        }
        int[] everyByte = new int[input.length - 1];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = i + 1;
        }
        RecordingSink byteAtATime = RecordingSink.feed(LIMITS, input, everyByte);
        assertThat(byteAtATime.events).isEqualTo(whole);
        assertThat(CommandParser.parse(byteAtATime.commands.get(0)).kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void streamingPartsConcatenateToTheCommand(String wire, CommandKind kind) {
        byte[] input = (wire + "\r\n").getBytes(StandardCharsets.UTF_8);

        for (int split = 1; split < input.length; split++) {
            StringBuilder seen = new StringBuilder();
            CommandFramer framer = new CommandFramer(LIMITS, new Concatenating(seen));
            framer.feed(input, 0, split);
            framer.feed(input, split, input.length - split);
            assertThat(seen.toString()).as("split at %d", split)
                    .isEqualTo(new String(input, StandardCharsets.ISO_8859_1) + "<END>");
        }
    }

    /** Rebuilds the wire bytes from streaming events. */
    private static final class Concatenating implements FrameListener {

        private final StringBuilder out;
        private final List<String> chunks = new ArrayList<>();

        Concatenating(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void lineSegment(String tag, byte[] line, int length, boolean first,
                LiteralAnnouncement literal) {
            out.append(new String(line, 0, length, StandardCharsets.ISO_8859_1)).append("\r\n");
        }

        @Override
        public void continuationRequired(String tag, LiteralAnnouncement literal) {
            chunks.add("cont");
        }

        @Override
        public void literalData(ByteBuffer chunk, boolean lastChunk) {
            byte[] bytes = new byte[chunk.remaining()];
            chunk.get(bytes);
            out.append(new String(bytes, StandardCharsets.ISO_8859_1));
        }

        @Override
        public void commandEnd(String tag) {
            out.append("<END>");
        }

        @Override
        public void rawLine(byte[] line, int length) {
            out.append("<RAW>");
        }

        @Override
        public void error(FrameError error) {
            out.append("<ERR ").append(error.text()).append('>');
        }
    }
}
