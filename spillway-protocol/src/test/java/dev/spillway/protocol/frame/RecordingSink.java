package dev.spillway.protocol.frame;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Records assembled events as readable strings. */
final class RecordingSink implements CommandSink {

    final List<String> events = new ArrayList<>();
    final List<RawCommand> commands = new ArrayList<>();
    final List<FrameError> errors = new ArrayList<>();

    @Override
    public void command(RawCommand command) {
        commands.add(command);
        events.add("CMD " + command.tag() + " "
                + new String(command.toWireBytes(), StandardCharsets.ISO_8859_1));
    }

    @Override
    public void rawLine(RawLine line) {
        events.add("RAW " + new String(line.bytes(), StandardCharsets.ISO_8859_1));
    }

    @Override
    public void continuationRequired(String tag, LiteralAnnouncement literal) {
        events.add("CONT " + tag + " " + literal.size());
    }

    @Override
    public void error(FrameError error) {
        errors.add(error);
        events.add("ERR " + error.kind() + " " + error.tag() + " " + error.status()
                + (error.code() == null ? "" : " " + error.code()));
    }

    /** Feeds all of {@code input} into a new framer in pieces of the given size. */
    static RecordingSink feed(ProtocolLimits limits, byte[] input, int... splits) {
        RecordingSink sink = new RecordingSink();
        CommandFramer framer = new CommandFramer(limits, new CommandAssembler(limits, sink));
        int from = 0;
        for (int split : splits) {
            framer.feed(input, from, split - from);
            from = split;
        }
        framer.feed(input, from, input.length - from);
        return sink;
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
