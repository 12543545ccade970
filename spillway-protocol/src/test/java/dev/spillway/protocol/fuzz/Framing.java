package dev.spillway.protocol.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.protocol.frame.CommandAssembler;
import dev.spillway.protocol.frame.CommandFramer;
import dev.spillway.protocol.frame.CommandSink;
import dev.spillway.protocol.frame.FrameError;
import dev.spillway.protocol.frame.FrameListener;
import dev.spillway.protocol.frame.LiteralAnnouncement;
import dev.spillway.protocol.frame.ProtocolLimits;
import dev.spillway.protocol.frame.RawCommand;
import dev.spillway.protocol.frame.RawLine;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds input through a framer whose listener checks, at every event, the promises the framer
 * documents: no segment over the line limit, literals of exactly the announced size and within
 * the literal limit, no command over the command limit, nothing at all after a fatal error. The
 * same events then go to a {@link CommandAssembler}, and the outcome is recorded as text so
 * that two feeds of the same bytes can be compared.
 */
final class Framing implements FrameListener {

    private final ProtocolLimits limits;
    private final CommandFramer framer;
    private final CommandAssembler assembler;

    /** What happened, in order: commands, continuations, errors. */
    final List<String> events = new ArrayList<>();
    final List<RawCommand> commands = new ArrayList<>();

    private long commandSize;
    private long literalLeft = -1;
    private boolean closed;

    private Framing(ProtocolLimits limits) {
        this.limits = limits;
        this.assembler = new CommandAssembler(limits, new Recorder());
        this.framer = new CommandFramer(limits, this);
    }

    /** Feeds the pieces in order; each {@code feed} must take every byte it is given. */
    static Framing feed(ProtocolLimits limits, List<byte[]> pieces) {
        Framing framing = new Framing(limits);
        for (byte[] piece : pieces) {
            int consumed = framing.framer.feed(piece, 0, piece.length);
            assertThat(consumed).as("bytes consumed of a %d-byte piece", piece.length)
                    .isEqualTo(piece.length);
        }
        return framing;
    }

    @Override
    public void lineSegment(String tag, byte[] line, int length, boolean first,
            LiteralAnnouncement literal) {
        assertOpen();
        assertThat(literalLeft).as("segment while a literal is pending").isLessThanOrEqualTo(0);
        assertThat(length).as("segment length").isLessThanOrEqualTo(limits.maxLineLength());
        commandSize = (first ? 0 : commandSize) + length + 2;
        if (literal != null) {
            assertThat(literal.size()).as("accepted literal")
                    .isLessThanOrEqualTo(framer.maxLiteralSize());
            if (!literal.synchronizing() && !limits.literalPlus()) {
                assertThat(literal.size()).isLessThanOrEqualTo(ProtocolLimits.LITERAL_MINUS_MAX);
            }
            commandSize += literal.size();
            literalLeft = literal.size();
        }
        assertThat(commandSize).as("command size").isLessThanOrEqualTo(limits.maxCommandSize());
        assembler.lineSegment(tag, line, length, first, literal);
    }

    @Override
    public void continuationRequired(String tag, LiteralAnnouncement literal) {
        assertOpen();
        assertThat(literal.synchronizing()).isTrue();
        events.add("continue " + tag + " " + literal.size());
        assembler.continuationRequired(tag, literal);
    }

    @Override
    public void literalData(ByteBuffer chunk, boolean lastChunk) {
        assertOpen();
        literalLeft -= chunk.remaining();
        assertThat(literalLeft).as("literal bytes left").isGreaterThanOrEqualTo(0);
        assertThat(lastChunk).as("last chunk flag").isEqualTo(literalLeft == 0);
        assembler.literalData(chunk, lastChunk);
    }

    @Override
    public void commandEnd(String tag) {
        assertOpen();
        literalLeft = -1;
        assembler.commandEnd(tag);
    }

    @Override
    public void rawLine(byte[] line, int length) {
        assembler.rawLine(line, length);
    }

    @Override
    public void error(FrameError error) {
        assertOpen();
        literalLeft = -1;
        assertThat(error.text()).as("error text").matches("[\\x20-\\x7e]+");
        assertThat(error.response()).isNotNull();
        closed = error.fatal();
        events.add("error " + error);
        assembler.error(error);
    }

    private void assertOpen() {
        assertThat(closed).as("event after a fatal error").isFalse();
    }

    /** Records what the assembler builds; continuations and errors are recorded above. */
    private final class Recorder implements CommandSink {

        @Override
        public void command(RawCommand command) {
            assertThat(command.length() + 2L).isLessThanOrEqualTo(limits.maxCommandSize());
            commands.add(command);
            events.add("command " + Mutation.printable(command.toWireBytes()) + " tag "
                    + command.tag() + " literals " + command.literalCount());
        }

        @Override
        public void rawLine(RawLine line) {
            events.add("raw " + Mutation.printable(line.bytes()));
        }

        @Override
        public void continuationRequired(String tag, LiteralAnnouncement literal) {
            // Already recorded with the framer's event.
        }

        @Override
        public void error(FrameError error) {
            // Already recorded with the framer's event.
        }
    }
}
