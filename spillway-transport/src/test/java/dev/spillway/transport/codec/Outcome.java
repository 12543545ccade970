package dev.spillway.transport.codec;

import dev.spillway.protocol.frame.FrameError;
import dev.spillway.protocol.frame.ProtocolLimits;
import dev.spillway.protocol.frame.RawCommand;
import dev.spillway.protocol.frame.RawLine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the decoder did with some input, in a form that does not depend on how the input
 * was cut into reads: the messages it passed on (a literal's chunks joined, since their sizes
 * follow the reads), the bytes it wrote back, and whether it closed the channel.
 */
record Outcome(List<String> messages, String written, boolean open) {

    private static final String CHUNK = "LiteralChunk:";

    /**
     * Feeds the pieces one read each through a fresh channel, stopping once the channel is
     * closed as a socket would, then checks that every buffer was released.
     */
    static Outcome of(ProtocolLimits limits, DecoderMode mode, List<byte[]> pieces) {
        Wire wire = new Wire(limits, mode);
        for (byte[] piece : pieces) {
            if (!wire.channel.isOpen()) {
                break;
            }
            wire.feed(piece, 0, piece.length);
        }
        wire.channel.runPendingTasks();
        Outcome outcome = new Outcome(describe(wire.inbound()), wire.output(),
                wire.channel.isOpen());
        wire.assertNoLeaks();
        return outcome;
    }

    private static List<String> describe(List<Object> messages) {
        List<String> out = new ArrayList<>();
        for (Object msg : messages) {
            String text = describe(msg);
            int last = out.size() - 1;
            if (text.startsWith(CHUNK) && last >= 0 && out.get(last).startsWith(CHUNK)) {
                out.set(last, out.get(last) + text.substring(CHUNK.length()));
            } else {
                out.add(text);
            }
        }
        return out;
    }

    private static String describe(Object msg) {
        if (msg instanceof RawCommand raw) {
            return "RawCommand:" + new String(raw.toWireBytes(), StandardCharsets.ISO_8859_1)
                    + " tag " + raw.tag() + " literals " + raw.literalCount();
        }
        if (msg instanceof RawLine line) {
            return "RawLine:" + line.text();
        }
        if (msg instanceof FrameError error) {
            return "FrameError:" + error;
        }
        return String.valueOf(msg);
    }
}
