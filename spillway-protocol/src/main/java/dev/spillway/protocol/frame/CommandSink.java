package dev.spillway.protocol.frame;

/** Receives whole commands from a {@link CommandAssembler}, in stream order. */
public interface CommandSink {

    /** A complete command. */
    void command(RawCommand command);

    /** A line read in raw line mode. */
    void rawLine(RawLine line);

    /**
     * A synchronizing literal was accepted and the client waits for {@code + ...} now (RFC 9051
     * §7.5).
     */
    void continuationRequired(String tag, LiteralAnnouncement literal);

    /** Refused input; see {@link FrameListener#error(FrameError)}. */
    void error(FrameError error);
}
